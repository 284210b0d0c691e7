# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (convert_to_tensor(initial_value, name="initial_value"), variable_op_v2(name=name), state_ops.assign, identity(name="read"))
# tf: 1.15
import tensorflow as tf

v = tf.Variable(1.0, name="v")
print([op.name for op in tf.get_default_graph().get_operations()])
print(v.op.name)
print(v.value().name)

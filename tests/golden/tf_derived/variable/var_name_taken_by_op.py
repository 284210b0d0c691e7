# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (ops.name_scope(name, "Variable") uniquifies the variable name)
# tf: 1.15
import tensorflow as tf

c = tf.constant(1.0, name="v")
v = tf.Variable(2.0, name="v")
print(v.name)
print([op.name for op in tf.get_default_graph().get_operations()])

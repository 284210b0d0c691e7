# source: tensorflow/python/framework/ops.py Operation.__repr__ + tensorflow/python/ops/variables.py RefVariable._init_from_args (Const initial_value, VariableV2, Assign, Identity "read")
# tf: 1.15
import tensorflow as tf

v = tf.Variable(1.0, name="v")
for op in tf.get_default_graph().get_operations():
    print(repr(op))

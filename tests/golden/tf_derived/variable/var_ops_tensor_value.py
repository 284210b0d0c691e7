# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (a Tensor initial value is used as is; no initial_value op)
# tf: 1.15
import tensorflow as tf

w = tf.Variable(tf.zeros([2]), name="w")
print([op.name for op in tf.get_default_graph().get_operations()])
print(w)

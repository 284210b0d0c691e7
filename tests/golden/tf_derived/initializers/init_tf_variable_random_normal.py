# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (tensor initial value created first, in the caller's name scope) + tensorflow/python/ops/random_ops.py random_normal
# tf: 1.15
import tensorflow as tf

a = tf.Variable(tf.random_normal([2, 3], mean=0, stddev=1), name="a2")
print([op.name for op in tf.get_default_graph().get_operations()])
print(a.name)

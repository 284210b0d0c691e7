# source: tensorflow/python/ops/variable_scope.py _get_default_initializer + tensorflow/python/ops/init_ops.py VarianceScaling.__call__ (scalar shape still uses random_uniform)
# tf: 1.15
import tensorflow as tf

s = tf.get_variable("s", [])
print(repr(s))
print(len(tf.get_default_graph().get_operations()))

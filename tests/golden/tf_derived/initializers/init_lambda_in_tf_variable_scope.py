# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (init_from_fn: ops under <var>/Initializer/) + tensorflow/python/framework/ops.py name_scope
# tf: 1.15
import tensorflow as tf

with tf.name_scope("net"):
    v = tf.Variable(lambda: tf.ones([2]), name="v")
print([op.name for op in tf.get_default_graph().get_operations()])

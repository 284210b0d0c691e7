# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (trainable adds TRAINABLE_VARIABLES even when collections= is given)
# tf: 1.15
import tensorflow as tf

l = tf.Variable(1.0, name="l", collections=[tf.GraphKeys.LOCAL_VARIABLES])
m = tf.Variable(1.0, name="m", trainable=False,
                collections=[tf.GraphKeys.LOCAL_VARIABLES])
print([v.name for v in tf.local_variables()])
print([v.name for v in tf.trainable_variables()])
print([v.name for v in tf.global_variables()])

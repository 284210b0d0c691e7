# source: tensorflow/python/ops/variable_scope.py _ReuseMode (enum.Enum, AUTO_REUSE = 1) exported as tf.AUTO_REUSE
# tf: 1.15
import tensorflow as tf

print(tf.AUTO_REUSE)
with tf.variable_scope("s", reuse=tf.AUTO_REUSE) as s:
    print(s.reuse)
    print(s.reuse is tf.AUTO_REUSE)

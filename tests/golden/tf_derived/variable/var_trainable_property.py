# source: tensorflow/python/ops/variables.py RefVariable.trainable + tensorflow/python/ops/variable_scope.py get_local_variable (trainable=False)
# tf: 1.15
import tensorflow as tf

a = tf.Variable(1.0)
b = tf.Variable(1.0, trainable=False)
c = tf.get_variable("c", [1])
d = tf.get_variable("d", [1], trainable=False)
e = tf.get_local_variable("e", [1])
print(a.trainable, b.trainable, c.trainable, d.trainable, e.trainable)

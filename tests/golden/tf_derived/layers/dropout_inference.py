# source: tensorflow/python/layers/core_test.py DropoutTest.testDropoutProperties (rate 0.5, noise_shape None, name 'dropout') / testFunctionalDropout + tensorflow/python/layers/core.py Dropout.call (training=False) + tensorflow/python/keras/utils/tf_utils.py smart_cond (False -> array_ops.identity)
# tf: 1.15
import tensorflow as tf

dp = tf.layers.Dropout(0.5, name="dropout")
auto = tf.layers.Dropout(0.5)
print(auto.name)
print(dp.rate, dp.noise_shape)
x = tf.placeholder(tf.float32, [None, 3])
y = dp(x)
print(dp.name, y.name)
z = tf.layers.dropout(y, 0.3)
print(z.name)
w = tf.layers.dropout(y, 0.3, name="drop")
print(w.name)

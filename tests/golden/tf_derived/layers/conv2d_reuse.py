# source: tensorflow/python/layers/convolutional_test.py ConvTest.testFunctionalConv2DReuse (two variables after reusing 'conv1') + testFunctionalConv2DNoReuse (four) + tensorflow/python/layers/base.py Layer.__init__ (_scope=name opens variable_scope(name) at construction)
# tf: 1.15
import tensorflow as tf

images = tf.random_uniform((5, 7, 9, 3), seed=1)
a = tf.layers.conv2d(images, 32, [3, 3], name="conv1")
print(len(tf.trainable_variables()))
b = tf.layers.conv2d(images, 32, [3, 3], name="conv1", reuse=True)
print(len(tf.trainable_variables()))
c = tf.layers.conv2d(images, 32, [3, 3])
d = tf.layers.conv2d(images, 32, [3, 3])
print(len(tf.trainable_variables()))
print(a.name, b.name, c.name, d.name)
print(a.shape, [v.name for v in tf.trainable_variables()[:2]])

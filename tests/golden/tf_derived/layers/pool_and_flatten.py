# source: tensorflow/python/layers/pooling_test.py PoolingTest.testMaxPooling2D / testAveragePooling2DPaddingSame (output shapes) + tensorflow/python/layers/core_test.py FlattenTest.testComputeShape / testFlattenUnknownAxes ([5, None] with a known batch: reshape to the constant (5, -1))
# tf: 1.15
import tensorflow as tf

images = tf.random_uniform((5, 7, 9, 4), seed=1)
print(tf.layers.max_pooling2d(images, (2, 2), strides=2).shape)
print(tf.layers.average_pooling2d(images, (2, 2), strides=(1, 1), padding="same").shape)
pool = tf.layers.MaxPooling2D([2, 2], strides=2, name="pool")
y = pool(tf.placeholder(tf.float32, [None, 6, 6, 3]))
print(y.op.name, y.shape)
layer = tf.layers.Flatten()
print(layer.compute_output_shape((1, 2, 3, 2)).as_list())
print(layer.compute_output_shape((None, 3, 2)).as_list())
print(layer.compute_output_shape((None, 3, None)).as_list())
z = tf.layers.flatten(tf.placeholder(tf.float32, (5, None, None)))
print(z.op.name, z.shape, [i.op.name for i in z.op.inputs])

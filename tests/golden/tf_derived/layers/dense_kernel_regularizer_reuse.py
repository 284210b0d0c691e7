# source: tensorflow/python/layers/core_test.py DenseTest.testKernelRegularizerWithReuse (still one REGULARIZATION_LOSSES entry after the reused call) + tensorflow/python/layers/base.py Layer.add_weight (_should_add_regularizer: not for existing variables)
# tf: 1.15
import tensorflow as tf

regularizer = lambda x: tf.reduce_sum(x) * 1e-3
inputs = tf.random_uniform((5, 3), seed=1)
_ = tf.layers.dense(inputs, 2, name="my_dense", kernel_regularizer=regularizer)
print(len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
out = tf.layers.dense(inputs, 2, name="my_dense", kernel_regularizer=regularizer, reuse=True)
print(len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
print(out.name, len(tf.trainable_variables()))

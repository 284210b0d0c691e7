# source: tensorflow/python/layers/core_test.py DenseTest.testNonTrainable (non_trainable_variables == [kernel, bias]; trainable_variables == []; 0 TRAINABLE_VARIABLES)
# tf: 1.15
import tensorflow as tf

dense = tf.layers.Dense(2, trainable=False, name="my_dense")
inputs = tf.random_uniform((5, 2), seed=1)
_ = dense(inputs)
print(dense.variables == [dense.kernel, dense.bias])
print([v.name for v in dense.non_trainable_variables], dense.trainable_variables)
print(len(tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)), len(tf.global_variables()))

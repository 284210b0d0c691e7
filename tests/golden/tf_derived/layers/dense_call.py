# source: tensorflow/python/layers/core_test.py DenseTest.testCall (output shape [5, 2]; variables == [kernel, bias]; 2 TRAINABLE_VARIABLES; my_dense/kernel:0, my_dense/bias:0)
# tf: 1.15
import tensorflow as tf

dense = tf.layers.Dense(2, activation=tf.nn.relu, name="my_dense")
inputs = tf.random_uniform((5, 4), seed=1)
outputs = dense(inputs)
print(outputs.get_shape().as_list())
print(dense.variables == [dense.kernel, dense.bias], dense.trainable_variables == [dense.kernel, dense.bias])
print(dense.non_trainable_variables)
print(len(tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)))
print(dense.kernel.name, dense.bias.name)
print(dense.kernel)
print(outputs)

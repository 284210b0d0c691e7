# source: tensorflow/python/layers/core_test.py DenseTest.testFunctionalDenseTwice (2 then 4 variables) + testFunctionalDense (outputs.op.name == 'my_dense/Relu')
# tf: 1.15
import tensorflow as tf

inputs = tf.random_uniform((5, 3), seed=1)
a = tf.layers.dense(inputs, 2)
print(len(tf.global_variables()))
b = tf.layers.dense(inputs, 2)
print(len(tf.global_variables()))
c = tf.layers.dense(inputs, 2, activation=tf.nn.relu, name="my_dense")
print(a.op.name, b.op.name, c.op.name)
print([v.name for v in tf.trainable_variables()])

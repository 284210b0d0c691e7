# source: tensorflow/python/layers/core_test.py DenseTest.testVariableInput (Dense(1)(v) on a get_variable) + testComputeOutputShape ([None, 2], [None, 4, 2]; ValueError for rank < 2)
# tf: 1.15
import tensorflow as tf

v = tf.get_variable("X", initializer=tf.zeros_initializer(), shape=(1, 1))
x = tf.layers.Dense(1)(v)
print(x)
dense = tf.layers.Dense(2, activation=tf.nn.relu, name="dense1")
print(dense.compute_output_shape((None, 3)).as_list())
print(dense.compute_output_shape(tf.TensorShape([None, 4, 3])).as_list())
for s in [None, [], [1]]:
    try:
        dense.compute_output_shape(tf.TensorShape(s))
    except ValueError as e:
        print("ValueError")

# source: tensorflow/python/layers/core_test.py DenseTest.testFunctionalDenseWithCustomGetter (called[0] == 2)
# tf: 1.15
import tensorflow as tf

called = [0]


def custom_getter(getter, *args, **kwargs):
    called[0] += 1
    print(kwargs["name"])
    return getter(*args, **kwargs)


with tf.variable_scope("test", custom_getter=custom_getter):
    inputs = tf.random_uniform((5, 3), seed=1)
    tf.layers.dense(inputs, 2)
print(called[0])

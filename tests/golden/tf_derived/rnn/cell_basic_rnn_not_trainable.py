# source: tensorflow/python/kernel_tests/rnn_cell_test.py RNNCellTest.testBasicRNNCellNotTrainable (assertFalse(cell.trainable_variables); assertEqual(["root/basic_rnn_cell/kernel:0", "root/basic_rnn_cell/bias:0"], [v.name for v in cell.non_trainable_variables]))
# tf: 1.15
import tensorflow as tf


def not_trainable_getter(getter, *args, **kwargs):
    kwargs["trainable"] = False
    return getter(*args, **kwargs)


with tf.variable_scope("root", initializer=tf.constant_initializer(0.5),
                       custom_getter=not_trainable_getter):
    x = tf.zeros([1, 2])
    m = tf.zeros([1, 2])
    cell = tf.nn.rnn_cell.BasicRNNCell(2)
    g, _ = cell(x, m)
    print(cell.trainable_variables)
    print([v.name for v in cell.non_trainable_variables])
print(tf.trainable_variables())

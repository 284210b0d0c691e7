# source: tensorflow/python/ops/rnn_cell_impl.py assert_like_rnncell ("The argument {!r} ({}) is not an RNNCell: {}.") + tensorflow/python/kernel_tests/rnn_test.py RNNTest.testInvalidSequenceLengthShape-style use of dynamic_rnn
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 4, 2])
tf.nn.dynamic_rnn(5, x, dtype=tf.float32)

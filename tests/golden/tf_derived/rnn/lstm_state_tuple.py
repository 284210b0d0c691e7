# source: tensorflow/python/ops/rnn_cell_impl.py LSTMStateTuple (namedtuple("LSTMStateTuple", ("c", "h")) with a dtype property; "Inconsistent internal state: %s vs %s")
# tf: 1.15
import tensorflow as tf

c = tf.zeros([2, 3])
h = tf.ones([2, 3])
s = tf.nn.rnn_cell.LSTMStateTuple(c, h)
print(s.c is c, s.h is h, s[0] is c, len(s))
first, second = s
print(second is h)
print(s.dtype)
print(tf.nn.rnn_cell.BasicLSTMCell(3).state_size)
print(tf.nn.rnn_cell.LSTMCell(3, num_proj=2).state_size)
tf.nn.rnn_cell.LSTMStateTuple(c, tf.zeros([2, 3], dtype=tf.float64)).dtype

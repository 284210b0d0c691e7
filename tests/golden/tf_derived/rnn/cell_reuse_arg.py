# source: tensorflow/python/layers/base.py Layer._set_scope (if self._reuse: variable_scope(scope if scope is not None else self._base_name)) + rnn_cell_impl.py BasicLSTMCell.__init__(reuse=...)
# tf: 1.15
# note: with reuse=True the cell enters "basic_lstm_cell" by name instead of picking a fresh default name.
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 6, 4])
out1, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(8), x, dtype=tf.float32)
out2, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(8, reuse=True), x, dtype=tf.float32)
print(out2.name)
print(len(tf.global_variables()))
tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(8, reuse=True), x, dtype=tf.float32, scope="fresh")

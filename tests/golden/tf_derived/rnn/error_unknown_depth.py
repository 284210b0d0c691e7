# source: tensorflow/python/ops/rnn.py _dynamic_rnn_loop ("Input size (depth of inputs) must be accessible via shape inference, but saw value None.")
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 10, None])
tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(3), x, dtype=tf.float32)

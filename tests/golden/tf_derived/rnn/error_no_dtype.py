# source: tensorflow/python/ops/rnn.py dynamic_rnn (raise ValueError("If there is no initial_state, you must give a dtype."))
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 4, 2])
tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(3), x)

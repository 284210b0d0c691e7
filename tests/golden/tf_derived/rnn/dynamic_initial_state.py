# source: tensorflow/python/ops/rnn.py dynamic_rnn (if initial_state is not None: state = initial_state) + rnn_cell_impl.py RNNCell.zero_state
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [16, 5, 3])
cell = tf.nn.rnn_cell.BasicLSTMCell(4)
init = cell.zero_state(16, tf.float32)
outputs, state = tf.nn.dynamic_rnn(cell, x, initial_state=init)
print(init.c.name)
print(outputs)
print(state.c)

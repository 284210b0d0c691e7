# source: tensorflow/contrib/rnn/__init__.py (v1.15.0) (BasicLSTMCell, GRUCell, LSTMCell, MultiRNNCell, LSTMStateTuple and static_rnn re-exported from rnn_cell_impl / rnn)
# tf: 1.15
import tensorflow as tf

print(tf.contrib.rnn.BasicLSTMCell is tf.nn.rnn_cell.BasicLSTMCell)
print(tf.contrib.rnn.GRUCell is tf.nn.rnn_cell.GRUCell)
print(tf.contrib.rnn.static_rnn is tf.nn.static_rnn)
print(tf.compat.v1.nn.rnn_cell.LSTMCell is tf.nn.rnn_cell.LSTMCell)
inputs = [tf.placeholder(tf.float32, [2, 3]) for _ in range(2)]
outputs, state = tf.contrib.rnn.static_rnn(tf.contrib.rnn.BasicRNNCell(4), inputs, dtype=tf.float32)
print([o.name for o in outputs], state.name)

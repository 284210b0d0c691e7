# source: tensorflow/python/ops/rnn_cell_impl.py RNNCell.zero_state (name scope "<ClassName>ZeroState", uniquified like any name scope)
# tf: 1.15
import tensorflow as tf

cell = tf.nn.rnn_cell.BasicRNNCell(6)
with tf.name_scope("init"):
    a = cell.zero_state(8, tf.float32)
    b = cell.zero_state(8, tf.float32)
c = cell.zero_state(1, tf.float64)
print(a.name, b.name, c.name)
print(a.shape, c.dtype)
print(cell.state_size, cell.output_size)

# source: tensorflow/python/ops/rnn_cell_impl.py MultiRNNCell.zero_state (ops.name_scope(type(self).__name__ + "ZeroState"): tuple(cell.zero_state(batch_size, dtype) for cell in self._cells))
# tf: 1.15
import tensorflow as tf

cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.GRUCell(4), tf.nn.rnn_cell.BasicLSTMCell(2)])
s1 = cell.zero_state(3, tf.float32)
s2 = cell.zero_state(3, tf.float16)
print(s1[0].name)
print(s1[1].c.name, s1[1].h.name)
print(s2[0])
print(cell.state_size)
print(cell.output_size)

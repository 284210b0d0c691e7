# source: tensorflow/python/ops/rnn.py static_rnn (state = cell.get_initial_state(inputs=None, batch_size=batch_size, dtype=dtype) inside "rnn") + rnn_cell_impl.py RNNCell.zero_state (ops.name_scope(type(self).__name__ + "ZeroState"))
# tf: 1.15
import tensorflow as tf

inputs = [tf.placeholder(tf.float32, [4, 3]) for _ in range(2)]
cell = tf.nn.rnn_cell.GRUCell(5)
outputs, state = tf.nn.static_rnn(cell, inputs, dtype=tf.float32)
g = tf.get_default_graph()
print(g.get_tensor_by_name("rnn/GRUCellZeroState/zeros:0"))
print(state.name, outputs[0].name)

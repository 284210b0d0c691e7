# source: tensorflow/python/ops/rnn_cell_impl.py LSTMCell.build (self.add_variable("w_f_diag", ...), "w_i_diag", "w_o_diag" when use_peepholes) + rnn_cell_test.py RNNCellTest.testLSTMCellVariables
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3])
cell = tf.nn.rnn_cell.LSTMCell(4, use_peepholes=True)
state = cell.zero_state(5, tf.float32)
m, s = cell(x, tf.nn.rnn_cell.LSTMStateTuple(state.c, state.h))
for v in cell.trainable_variables:
    print(v.name, v.shape)
print(m.shape, s.c.shape)

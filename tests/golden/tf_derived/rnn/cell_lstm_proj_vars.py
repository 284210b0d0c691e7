# source: tensorflow/python/kernel_tests/rnn_cell_test.py RNNCellTest.testLSTMCellVariables (assertEquals(variables[0].op.name, "root/lstm_cell/kernel"); ... "root/lstm_cell/bias"; ... "root/lstm_cell/projection/kernel")
# tf: 1.15
# note: kernel is [input_size + num_proj, 4 * num_units], projection/kernel [num_units, num_proj] (LSTMCell.build).
import tensorflow as tf

num_units = 8
num_proj = 6
state_size = num_units + num_proj
with tf.variable_scope("root", initializer=tf.constant_initializer(0.5)):
    x = tf.zeros([3, 2])
    m = tf.zeros([3, state_size])
    cell = tf.nn.rnn_cell.LSTMCell(num_units=num_units, num_proj=num_proj,
                                   forget_bias=1.0, state_is_tuple=False)
    out, new_m = cell(x, m)
for v in tf.global_variables():
    print(v.op.name, v.shape)
print(cell.state_size, cell.output_size)
print(out.shape, new_m.shape)

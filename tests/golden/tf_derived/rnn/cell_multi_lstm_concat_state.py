# source: tensorflow/python/kernel_tests/rnn_cell_test.py RNNCellTest.testBasicLSTMCell (assertEqual(cell.dtype, None); expected_variable_names "root/multi_rnn_cell/cell_0/basic_lstm_cell/kernel:0" ...; "Layer infers the input type")
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("root", initializer=tf.constant_initializer(0.5)):
    x = tf.zeros([1, 2])
    m = tf.zeros([1, 8])
    cell = tf.nn.rnn_cell.MultiRNNCell(
        [tf.nn.rnn_cell.BasicLSTMCell(2, state_is_tuple=False) for _ in range(2)],
        state_is_tuple=False)
    print(cell.dtype)
    g, out_m = cell(x, m)
    print(cell.dtype)
    print([v.name for v in cell.trainable_variables])
    print(cell.non_trainable_variables)
print([v.name for v in tf.global_variables()])
print(g.shape, out_m.shape)

# source: tensorflow/python/kernel_tests/rnn_cell_test.py RNNCellTest.testBasicRNNCell (assertEqual(["root/basic_rnn_cell/kernel:0", "root/basic_rnn_cell/bias:0"], [v.name for v in cell.trainable_variables]); assertFalse(cell.non_trainable_variables))
# tf: 1.15
# note: kernel is [input_depth + num_units, num_units] (rnn_cell_impl.py BasicRNNCell.build); ops run in the cell's name scope.
import tensorflow as tf

with tf.variable_scope("root", initializer=tf.constant_initializer(0.5)):
    x = tf.zeros([1, 2])
    m = tf.zeros([1, 2])
    cell = tf.nn.rnn_cell.BasicRNNCell(2)
    g, _ = cell(x, m)
    print([v.name for v in cell.trainable_variables])
    print(cell.non_trainable_variables)
    print([v.shape for v in cell.variables])
    print(g.name, g.shape)

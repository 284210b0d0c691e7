# source: tensorflow/python/ops/rnn_cell_impl.py MultiRNNCell.call (with vs.variable_scope("cell_%d" % i)) + rnn.py dynamic_rnn; rnn_cell_test.py RNNCellTest.testBasicLSTMCell (expected_variable_names "root/multi_rnn_cell/cell_0/basic_lstm_cell/kernel:0")
# tf: 1.15
# note: the layer kernel of cell_1 takes the 16-wide output of cell_0 as input: [16 + 16, 64].
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 10, 8])
cells = [tf.nn.rnn_cell.BasicLSTMCell(16) for _ in range(2)]
stack = tf.nn.rnn_cell.MultiRNNCell(cells)
outputs, state = tf.nn.dynamic_rnn(stack, x, dtype=tf.float32)
for v in tf.global_variables():
    print(v.name, v.shape)
print(outputs.name)
print([[t.name for t in s] for s in state])
print(len(stack.trainable_variables), len(cells[1].trainable_variables))

# source: tensorflow/python/ops/rnn_cell_wrapper_impl.py DropoutWrapperBase._call_wrapped_cell + rnn_cell_impl.MultiRNNCell.call (variable_scope("cell_%d" % i) around each wrapped cell) + rnn.py dynamic_rnn
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 12, 6])
keep = tf.placeholder(tf.float32, [])
cells = [tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.GRUCell(8), input_keep_prob=keep) for _ in range(2)]
outputs, state = tf.nn.dynamic_rnn(tf.nn.rnn_cell.MultiRNNCell(cells), x, dtype=tf.float32)
print([v.name for v in tf.trainable_variables()][::2])
print(outputs.name, [s.name for s in state])
tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.GRUCell(8), output_keep_prob=1.5)

# source: tensorflow/python/ops/rnn.py bidirectional_dynamic_rnn (vs.variable_scope(scope or "bidirectional_rnn")) + variable_scope.py _VariableStore._get_single_variable ("Variable %s already exists, disallowed. ...")
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 7, 5])
tf.nn.bidirectional_dynamic_rnn(tf.nn.rnn_cell.GRUCell(3), tf.nn.rnn_cell.GRUCell(3), x, dtype=tf.float32)
print(len(tf.global_variables()))
tf.nn.bidirectional_dynamic_rnn(tf.nn.rnn_cell.GRUCell(3), tf.nn.rnn_cell.GRUCell(3), x, dtype=tf.float32)

# source: tensorflow/python/ops/rnn.py dynamic_rnn (vs.variable_scope(scope or "rnn")) + layers/base.py Layer._set_scope (variable_scope(None, default_name=self._base_name)) + variable_scope.py _VariableStore._get_single_variable ("Variable %s already exists, disallowed. ...")
# tf: 1.15
# note: leaving the string scope "rnn" resets its sub-scope counters, so the second cell picks "basic_lstm_cell" again.
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 10, 8])
cell1 = tf.nn.rnn_cell.BasicLSTMCell(16)
out1, _ = tf.nn.dynamic_rnn(cell1, x, dtype=tf.float32)
print(out1.name)
cell2 = tf.nn.rnn_cell.BasicLSTMCell(16)
out2, _ = tf.nn.dynamic_rnn(cell2, x, dtype=tf.float32)

# source: tensorflow/python/ops/rnn.py dynamic_rnn (vs.variable_scope(scope or "rnn") inherits reuse) + layers/base.py Layer.add_weight (variable_scope(self._scope, reuse=self.built or self._reuse) keeps the inherited reuse)
# tf: 1.15
# note: the reused build opens name scope rnn_1; the variables are shared.
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 10, 8])
cell1 = tf.nn.rnn_cell.BasicLSTMCell(16)
out1, s1 = tf.nn.dynamic_rnn(cell1, x, dtype=tf.float32)
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    cell2 = tf.nn.rnn_cell.BasicLSTMCell(16)
    out2, s2 = tf.nn.dynamic_rnn(cell2, x, dtype=tf.float32)
print(out1.name, out2.name)
print(s2.h.name)
print([v.name for v in tf.global_variables()])
print([v.name for v in cell2.trainable_variables])

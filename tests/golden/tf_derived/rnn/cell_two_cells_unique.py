# source: tensorflow/python/layers/base.py Layer._set_scope (variable_scope(scope, default_name=self._base_name): default names are uniquified per variable scope) + rnn_cell_test.py RNNCellTest.testBasicRNNCell
# tf: 1.15
# note: called directly (not inside a string scope that is left in between), a second cell gets basic_rnn_cell_1.
import tensorflow as tf

x = tf.zeros([2, 3])
h = tf.zeros([2, 4])
c1 = tf.nn.rnn_cell.BasicRNNCell(4)
c2 = tf.nn.rnn_cell.BasicRNNCell(4)
o1, _ = c1(x, h)
o2, _ = c2(x, h)
o3, _ = c1(x, h)
print([v.name for v in tf.global_variables()])
print(o1.name, o2.name, o3.name)

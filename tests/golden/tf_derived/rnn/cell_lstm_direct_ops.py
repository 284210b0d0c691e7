# source: tensorflow/python/ops/rnn_cell_impl.py LSTMCell.call (sigmoid(f + self._forget_bias) * c_prev + sigmoid(i) * self._activation(j); m = sigmoid(o) * self._activation(c)) + layers/base.py Layer.__call__ (ops under the scope's original_name_scope)
# tf: 1.15
# note: LSTMCell uses Python operators (add, mul), BasicLSTMCell the math_ops wrappers (Add, Mul).
import tensorflow as tf

x = tf.zeros([2, 3])
cell = tf.nn.rnn_cell.LSTMCell(4)
state = tf.nn.rnn_cell.LSTMStateTuple(tf.zeros([2, 4]), tf.zeros([2, 4]))
m, new_state = cell(x, state)
print(m.name)
print(new_state.c.name)
print(new_state.h is m)
m2, _ = cell(x, new_state)
print(m2.name)
print(len(tf.global_variables()))

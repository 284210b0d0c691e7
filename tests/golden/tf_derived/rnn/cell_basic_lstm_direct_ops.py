# source: tensorflow/python/ops/rnn_cell_impl.py BasicLSTMCell.call (one = constant(1); split(value=gate_inputs, num_or_size_splits=4, axis=one); new_c = add(multiply(c, sigmoid(add(f, forget_bias_tensor))), multiply(sigmoid(i), tanh(j))); new_h = multiply(tanh(new_c), sigmoid(o)))
# tf: 1.15
# note: a second call of the built cell re-enters the same name scope, so its ops are numbered on (Mul_5).
import tensorflow as tf

x = tf.zeros([2, 3])
cell = tf.nn.rnn_cell.BasicLSTMCell(4)
state = cell.zero_state(2, tf.float32)
h, new_state = cell(x, state)
print(h.name)
print(new_state.c.name)
print(new_state)
h2, state2 = cell(x, new_state)
print(h2.name, state2.c.name)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("basic_lstm_cell/") and "/" not in op.name[16:]][:17])

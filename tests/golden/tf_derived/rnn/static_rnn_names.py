# source: tensorflow/python/ops/rnn.py static_rnn (for time, input_: if time > 0: varscope.reuse_variables(); (output, state) = call_cell()) + rnn_cell_impl.py BasicLSTMCell.call + layers/base.py Layer.__call__ (a built layer re-enters its original_name_scope)
# tf: 1.15
# note: every step's ops share rnn/basic_lstm_cell/, numbered on: step outputs Mul_2, Mul_5, Mul_8.
import tensorflow as tf

inputs = [tf.placeholder(tf.float32, [4, 3]) for _ in range(3)]
cell = tf.nn.rnn_cell.BasicLSTMCell(5)
outputs, state = tf.nn.static_rnn(cell, inputs, dtype=tf.float32)
for v in tf.global_variables():
    print(v.name, v.shape)
print([o.name for o in outputs])
print(state.c.name, state.h.name)
print(outputs[0].shape)

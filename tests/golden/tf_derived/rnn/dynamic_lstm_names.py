# source: tensorflow/python/ops/rnn.py dynamic_rnn (with vs.variable_scope(scope or "rnn"); outputs = _transpose_batch_time(outputs)) + _dynamic_rnn_loop (while_loop loop vars: iteration counter, time, output TensorArray, state) + rnn_cell_impl.py BasicLSTMCell.build (kernel [input_depth + h_depth, 4 * num_units])
# tf: 1.15
# note: the state leaves the loop through Exit_3 (c) and Exit_4 (h); the outputs are the second transpose in "rnn/".
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 10, 8])
cell = tf.nn.rnn_cell.BasicLSTMCell(16)
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
for v in tf.global_variables():
    print(v.name, v.shape)
print(outputs)
print(state.c)
print(state.h)

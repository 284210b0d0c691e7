# source: tensorflow/python/ops/rnn.py dynamic_rnn (vs.variable_scope(scope or "rnn") nested in the caller's scope) + rnn_cell_impl.py LSTMCell.build (kernel [input_depth + h_depth, 4 * num_units], projection/kernel)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 4, 6])
with tf.variable_scope("seq2seq"):
    with tf.variable_scope("encoder"):
        cell = tf.nn.rnn_cell.LSTMCell(10, num_proj=5)
        outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
for v in tf.global_variables():
    print(v.name, v.shape)
print(outputs.name, outputs.shape)
print(state.c.shape, state.h.shape)

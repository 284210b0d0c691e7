# source: tensorflow/python/ops/rnn.py dynamic_rnn (if not time_major: ... _transpose_batch_time) + _dynamic_rnn_loop (final_outputs = tuple(ta.stack() for ta in output_final_ta): TensorArrayStack/TensorArrayGatherV3)
# tf: 1.15
# note: with time_major=True nothing is transposed, so the outputs are the stacked TensorArray itself.
import tensorflow as tf

x = tf.placeholder(tf.float32, [12, None, 3])
outputs, state = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(7), x, dtype=tf.float32, time_major=True)
print(outputs)
print(state)

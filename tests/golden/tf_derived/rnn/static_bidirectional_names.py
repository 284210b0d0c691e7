# source: tensorflow/python/ops/rnn.py static_bidirectional_rnn (variable_scope(scope or "bidirectional_rnn"); variable_scope("fw") as fw_scope; static_rnn(..., scope=fw_scope); _reverse_seq; array_ops.concat([fw, bw], 1) at the caller's scope)
# tf: 1.15
import tensorflow as tf

inputs = [tf.placeholder(tf.float32, [2, 3]) for _ in range(3)]
outputs, st_fw, st_bw = tf.contrib.rnn.static_bidirectional_rnn(
    tf.nn.rnn_cell.GRUCell(4), tf.nn.rnn_cell.GRUCell(4), inputs, dtype=tf.float32)
print([v.name for v in tf.global_variables()][::4])
print([o.name for o in outputs])
print(outputs[0].shape)
print(st_fw.name, st_bw.name)

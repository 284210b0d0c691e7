# source: tensorflow/python/ops/rnn.py bidirectional_dynamic_rnn (vs.variable_scope(scope or "bidirectional_rnn"); vs.variable_scope("fw") as fw_scope; dynamic_rnn(..., scope=fw_scope); output_bw = _reverse(tmp, ...) outside the scope)
# tf: 1.15
# note: dynamic_rnn re-enters fw_scope, which opens name scope fw/fw; the backward outputs are reversed back at the caller's scope.
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 7, 5])
cell_fw = tf.nn.rnn_cell.BasicLSTMCell(3)
cell_bw = tf.nn.rnn_cell.BasicLSTMCell(3)
(out_fw, out_bw), (st_fw, st_bw) = tf.nn.bidirectional_dynamic_rnn(cell_fw, cell_bw, x, dtype=tf.float32)
for v in tf.global_variables():
    print(v.name, v.shape)
print(out_fw.name, out_bw.name)
print(st_fw.c.name, st_bw.h.name)
print(out_bw.shape)

# source: tensorflow/python/ops/rnn.py dynamic_rnn (with vs.variable_scope(scope or "rnn") as varscope)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 5, 3])
enc_out, enc_state = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(4), x, dtype=tf.float32, scope="encoder")
dec_out, dec_state = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(4), enc_out, dtype=tf.float32, scope="decoder")
print([v.name for v in tf.trainable_variables()])
print(enc_out.name, enc_state.name)
print(dec_out.name, dec_state.name)
print(dec_out.shape)

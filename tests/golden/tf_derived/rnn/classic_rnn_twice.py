# source: tensorflow/python/ops/rnn.py dynamic_rnn (vs.variable_scope(scope or "rnn")) + layers/base.py Layer._set_scope / Layer.add_weight + variable_scope.py _VariableStore._get_single_variable ("Variable %s already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?")
# tf: 1.15
# note: the classic: a model that builds its RNN once for training and once for inference. Sharing the
# note: scope with reuse=True works; building it again without reuse fails on the first weight.
import tensorflow as tf


def encoder(inputs, reuse=None):
    with tf.variable_scope("encoder", reuse=reuse):
        cell = tf.nn.rnn_cell.BasicLSTMCell(32)
        outputs, state = tf.nn.dynamic_rnn(cell, inputs, dtype=tf.float32)
        return outputs, state


train_x = tf.placeholder(tf.float32, [None, 20, 8], name="train_x")
infer_x = tf.placeholder(tf.float32, [1, 20, 8], name="infer_x")

train_out, _ = encoder(train_x)
infer_out, infer_state = encoder(infer_x, reuse=True)
print(train_out.name, train_out.shape)
print(infer_out.name, infer_out.shape)
print(infer_state.h.name)
print([v.name for v in tf.trainable_variables()])

again_out, _ = encoder(train_x)

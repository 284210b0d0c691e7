# source: tensorflow/python/ops/variable_scope.py AUTO_REUSE ("we create variables if they do not exist, and return them otherwise") + rnn.py dynamic_rnn (vs.variable_scope(scope or "rnn") inherits the reuse mode)
# tf: 1.15
import tensorflow as tf


def model(x):
    with tf.variable_scope("model", reuse=tf.AUTO_REUSE):
        outputs, state = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(5), x, dtype=tf.float32)
        return state


a = model(tf.placeholder(tf.float32, [None, 3, 2]))
b = model(tf.placeholder(tf.float32, [None, 9, 2]))
print(a.name, b.name)
print([v.name for v in tf.global_variables()])

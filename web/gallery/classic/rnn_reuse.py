import tensorflow as tf

def encoder(x, reuse=False):
    with tf.variable_scope("encoder", reuse=reuse):
        cell = tf.nn.rnn_cell.LSTMCell(16)
        outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
    return outputs

train_x = tf.placeholder(tf.float32, [None, 5, 8], name="train_x")
test_x = tf.placeholder(tf.float32, [None, 5, 8], name="test_x")
train_out = encoder(train_x)
# Without reuse=True the second call fails:
#   ValueError: Variable encoder/rnn/lstm_cell/kernel already exists, disallowed. ...
test_out = encoder(test_x, reuse=True)

print(train_out.name, test_out.name)
print([v.name for v in tf.trainable_variables()])

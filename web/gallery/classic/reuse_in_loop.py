import tensorflow as tf

def dense(x, units):
    w = tf.get_variable("w", [3, units])
    b = tf.get_variable("b", [units], initializer=tf.zeros_initializer())
    return tf.matmul(x, w) + b

x = tf.placeholder(tf.float32, [None, 3], name="x")
outputs = []
for step in range(3):
    # Create the weights on the first pass, share them afterwards.
    with tf.variable_scope("rnn", reuse=step > 0):
        outputs.append(dense(x, 3))

print([o.name for o in outputs])
print([v.name for v in tf.trainable_variables()])

import tensorflow as tf

def tower(x):
    w = tf.get_variable("w", [3, 2])
    return tf.matmul(x, w, name="logits")

inputs = [tf.placeholder(tf.float32, [None, 3], name="gpu%d_x" % i) for i in range(2)]
logits = []
with tf.variable_scope("model"):
    for i, x in enumerate(inputs):
        with tf.name_scope("tower_%d" % i):
            logits.append(tower(x))
        # After the first tower, every get_variable in "model" shares.
        tf.get_variable_scope().reuse_variables()

print([l.name for l in logits])
print([v.name for v in tf.trainable_variables()])

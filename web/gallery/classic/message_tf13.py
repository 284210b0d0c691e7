import tensorflow as tf

# Switch the TensorFlow version (1.3 / 1.15) and compare the messages:
# TF 1.3 predates tf.AUTO_REUSE, so its hints differ.
with tf.variable_scope("a"):
    tf.get_variable("w", [1])
try:
    with tf.variable_scope("a"):
        tf.get_variable("w", [1])
except ValueError as e:
    print(str(e).split("\n")[0])

try:
    with tf.variable_scope("b", reuse=True):
        tf.get_variable("w", [1])
except ValueError as e:
    print(str(e).split("\n")[0])

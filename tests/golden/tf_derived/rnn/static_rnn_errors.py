# source: tensorflow/python/ops/rnn.py static_rnn (raise TypeError("inputs must be a sequence"); raise ValueError("inputs must not be empty"); raise ValueError("If no initial_state is provided, dtype must be specified"))
# tf: 1.15
import tensorflow as tf

cell = tf.nn.rnn_cell.BasicRNNCell(2)
x = tf.placeholder(tf.float32, [3, 4])
try:
    tf.nn.static_rnn(cell, x, dtype=tf.float32)
except TypeError as e:
    print(e)
try:
    tf.nn.static_rnn(cell, [], dtype=tf.float32)
except ValueError as e:
    print(e)
tf.nn.static_rnn(cell, [x])

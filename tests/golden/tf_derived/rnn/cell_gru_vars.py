# source: tensorflow/python/kernel_tests/rnn_cell_test.py RNNCellTest.testGRUCell (GRUCell(2)(x, m) under "root", then with input_size != num_units under "other") + tensorflow/python/ops/rnn_cell_impl.py GRUCell.build ("gates/%s", "candidate/%s" variables)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("root", initializer=tf.constant_initializer(0.5)):
    x = tf.zeros([1, 2])
    m = tf.zeros([1, 2])
    g, _ = tf.nn.rnn_cell.GRUCell(2)(x, m)
with tf.variable_scope("other", initializer=tf.constant_initializer(0.5)):
    x = tf.zeros([1, 3])
    m = tf.zeros([1, 2])
    g2, _ = tf.nn.rnn_cell.GRUCell(2)(x, m)
for v in tf.global_variables():
    print(v.name, v.shape)
print(g.name, g2.name)

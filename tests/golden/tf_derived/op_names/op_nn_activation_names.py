# source: tensorflow/python/framework/op_def_library.py _apply_op_helper (default name = op type) + tensorflow/python/ops/math_ops.py sigmoid (name_scope(name, "Sigmoid")) + tensorflow/python/ops/nn_ops.py _softmax (compute_op(logits, name=name))
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 4])
print(tf.nn.relu(x).name)
print(tf.nn.sigmoid(x).name)
print(tf.nn.tanh(x).name)
print(tf.nn.softmax(x).name)
print(tf.square(x).name)
print(tf.identity(x).name)
print(tf.nn.relu(x, name="act").name)
print(tf.nn.relu(x).name)

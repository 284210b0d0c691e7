# source: tensorflow/python/framework/ops.py Graph.name_scope docstring (output = tf.nn.relu(affine, name=scope)) + op_def_library._apply_op_helper (name ending in "/" used verbatim)
# tf: 1.15
import tensorflow as tf

inputs = tf.constant([[1.0, 2.0]])
with tf.name_scope("my_layer") as scope:
    weights = tf.Variable([[1.0], [2.0]], name="weights")
    biases = tf.Variable([0.5], name="biases")
    affine = tf.matmul(inputs, weights) + biases
    output = tf.nn.relu(affine, name=scope)
print(weights.name)
print(biases.name)
print(affine.name)
print(output.name)
print(affine.op.inputs[0].name)

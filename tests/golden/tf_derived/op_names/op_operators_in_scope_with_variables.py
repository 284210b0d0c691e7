# source: tensorflow/python/ops/math_ops.py _OverrideBinaryOperatorHelper (Variable operands are converted to their read tensors, no new op) + tensorflow/python/ops/variable_scope.py variable_scope name scope
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("lin"):
    w = tf.get_variable("w", [2], initializer=tf.ones_initializer())
    b = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
    x = tf.constant([1.0, 2.0], name="x")
    y = x * w + b
print(y.name)
print(y.op.inputs[0].name)
print(y.op.inputs[1].name)

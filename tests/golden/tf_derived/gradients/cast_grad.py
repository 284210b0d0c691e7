# source: tensorflow/python/ops/math_grad.py _CastGrad (if src_type in t and dst_type in t: return math_ops.cast(grad, src_type))
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
y = tf.cast(x, tf.float64)
g = tf.gradients(y, x)[0]
print(g)
print(g.op.type, g.op.inputs[0].name)

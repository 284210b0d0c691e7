# source: tensorflow/python/ops/gradients_util.py _AggregatedGrads (out_grads[i] = _MultiDeviceAddN(out_grad, gradient_uid): math_ops.add_n in the gradients scope)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
y = x * 3.0 + tf.square(x)
g = tf.gradients(y, x)[0]
print(g.name, g.op.type)
print([t.name for t in g.op.inputs])

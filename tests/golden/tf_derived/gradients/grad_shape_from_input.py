# source: tensorflow/python/ops/gradients_util.py _GradientsHelper (in_grad.set_shape(t_in.get_shape()) for every computed input gradient)
# tf: 1.15
# note: the Reshape by a runtime Shape op knows no static shape until set_shape gives it x's (?, 3)
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3], name="x")
w = tf.get_variable("w", [3])
y = tf.reduce_sum(tf.reshape(x * w, [-1]))
gx, gw = tf.gradients(y, [x, w])
print(gx)
print(gw)
print(gx.op.inputs[1].op.type)

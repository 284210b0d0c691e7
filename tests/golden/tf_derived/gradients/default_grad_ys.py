# source: tensorflow/python/ops/gradients_util.py _DefaultGradYs (array_ops.fill(array_ops.shape(y), constant_op.constant(1, dtype=y.dtype, name="grad_ys_%d" % i)))
# tf: 1.15
# note: Identity's gradient is the incoming gradient itself, so the result is gradients/Fill
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.constant([1.0, 2.0], name="x")
y = tf.identity(x, name="y")
g = tf.gradients(y, x)
print(g)
show("gradients/")

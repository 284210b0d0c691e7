# source: tensorflow/python/ops/gradients_util.py _DefaultGradYs (new_grad_ys.append(array_ops.identity(grad_y, name="grad_ys_%d" % i)))
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.constant([1.0, 2.0], name="x")
y = tf.square(x, name="y")
g = tf.gradients(y, x, grad_ys=tf.constant([0.5, 0.5], name="upstream"))
print(g[0].name)
show("gradients/")

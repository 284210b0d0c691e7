# source: tensorflow/python/ops/math_grad.py _MulGrad + SmartBroadcastGradientArgs (fully defined shapes: array_ops.broadcast_gradient_args(x_shape_tuple, y_shape_tuple), cached per graph)
# tf: 1.15
# note: the second gradient reuses the graph's _bcast_grad_args_cache, so no BroadcastGradientArgs op
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [2, 3], name="x")
y = x * 2.0
g = tf.gradients(y, x)[0]
print(g.name)
show("gradients/mul_grad")
y2 = x * 5.0
g2 = tf.gradients(y2, x)[0]
print(g2.name)
show("gradients_1/")

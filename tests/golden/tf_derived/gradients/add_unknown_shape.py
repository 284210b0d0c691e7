# source: tensorflow/python/ops/math_grad.py _AddGrad + SmartBroadcastGradientArgs (a None dimension: shape_internal(x, optimize=False); gen_array_ops.broadcast_gradient_args(sx, sy))
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [None, 2], name="x")
b = tf.get_variable("b", [2])
y = x + b
gx, gb = tf.gradients(y, [x, b])
print(gx.name)
print(gb.name)
show("gradients/add_grad")

# source: tensorflow/python/ops/math_grad.py _SquareGrad (y = constant_op.constant(2.0, dtype=x.dtype); math_ops.multiply(grad, math_ops.multiply(x, y)))
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [3], name="x")
g = tf.gradients(tf.square(x), x)[0]
print(g.name)
show("gradients/Square_grad")

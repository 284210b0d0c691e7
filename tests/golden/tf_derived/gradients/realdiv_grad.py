# source: tensorflow/python/ops/math_grad.py _RealDivGrad (compat.forward_compatible(2019, 9, 14) is False in 1.15.0, so realdiv(grad, y) and grad * realdiv(realdiv(-x, y), y))
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
a = tf.placeholder(tf.float32, [2], name="a")
b = tf.placeholder(tf.float32, [2], name="b")
ga, gb = tf.gradients(a / b, [a, b])
print(ga.name)
print(gb.name)
show("gradients/truediv_grad")

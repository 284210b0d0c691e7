# source: tensorflow/python/ops/math_grad.py _SubGrad (_ShapesFullySpecifiedAndEqual: return grad, -grad)
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
a = tf.placeholder(tf.float32, [2], name="a")
b = tf.placeholder(tf.float32, [2], name="b")
ga, gb = tf.gradients(a - b, [a, b])
print(ga.name, gb.name)
show("gradients/")

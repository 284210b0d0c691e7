# source: tensorflow/python/ops/math_grad.py _SumGrad (fast path: reshape(grad, [1] * rank); constant(input_0_shape); tile) + _MeanGrad (factor = constant_op.constant(factor, dtype=sum_grad.dtype); math_ops.truediv)
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [2, 3], name="x")
y = tf.reduce_mean(x)
g = tf.gradients(y, x)[0]
print(g)
show("gradients/Mean_grad")

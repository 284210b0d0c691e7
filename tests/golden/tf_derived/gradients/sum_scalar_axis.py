# source: tensorflow/python/ops/math_grad.py _SumGrad (np.array_equal(axes, np.arange(rank)) is False for a scalar axis, so even a full reduction of a vector takes the reduced_shape path)
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [4], name="x")
g = tf.gradients(tf.reduce_sum(x, 0), x)[0]
print(g)
show("gradients/Sum_grad")

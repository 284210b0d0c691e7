# source: tensorflow/python/ops/math_grad.py _MatMulGrad (gen_math_ops.mat_mul(grad, b, transpose_b=True); mat_mul(a, grad, transpose_a=True))
# tf: 1.15
# note: tf.gradients passes gate_gradients=False, so no tuple/ ops
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
a = tf.placeholder(tf.float32, [4, 3], name="a")
b = tf.placeholder(tf.float32, [3, 2], name="b")
y = tf.matmul(a, b)
ga, gb = tf.gradients(y, [a, b])
print(ga)
print(gb)
show("gradients/MatMul_grad")

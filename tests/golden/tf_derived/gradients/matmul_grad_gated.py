# source: tensorflow/python/ops/gradients_util.py _GradientsHelper (if gate_gradients and len([x for x in in_grads if x is not None]) > 1: control_flow_ops.tuple(in_grads)) + control_flow_ops.py tuple / with_dependencies
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
a = tf.placeholder(tf.float32, [4, 3], name="a")
b = tf.placeholder(tf.float32, [3, 2], name="b")
y = tf.matmul(a, b)
ga, gb = tf.gradients(y, [a, b], gate_gradients=True)
print(ga.name)
print(gb.name)
show("gradients/MatMul_grad")

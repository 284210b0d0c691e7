# source: tensorflow/python/ops/array_grad.py _ReshapeGrad ([array_ops.reshape(grad, array_ops.shape(op.inputs[0])), None])
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [2, 3], name="x")
g = tf.gradients(tf.reshape(x, [6]), x)[0]
print(g)
show("gradients/Reshape_grad")

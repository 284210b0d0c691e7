# source: tensorflow/python/ops/nn_grad.py _SoftmaxGrad (reduce_sum(grad_softmax * softmax, -1, keepdims=True); (grad_softmax - sum_channels) * softmax)
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [2, 5], name="x")
g = tf.gradients(tf.nn.softmax(x), x)[0]
print(g.name)
show("gradients/Softmax_grad")

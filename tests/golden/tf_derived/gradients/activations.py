# source: tensorflow/python/ops/nn_grad.py _ReluGrad (gen_nn_ops.relu_grad) + math_grad.py _SigmoidGrad / _TanhGrad (gen_math_ops.sigmoid_grad / tanh_grad)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
for f in (tf.nn.relu, tf.nn.sigmoid, tf.nn.tanh):
    y = f(x)
    g = tf.gradients(y, x)[0]
    print(g.name, g.op.type, [t.name for t in g.op.inputs])

# source: tensorflow/python/ops/nn_grad.py _BiasAddGrad (return (received_grad, gen_nn_ops.bias_add_grad(out_backprop=received_grad, ...)))
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 3], name="x")
b = tf.get_variable("b", [3])
y = tf.nn.bias_add(x, b)
gx, gb = tf.gradients(y, [x, b])
print(gx.name)
print(gb)

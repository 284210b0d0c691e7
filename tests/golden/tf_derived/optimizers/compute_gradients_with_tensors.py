# source: tensorflow/python/training/optimizer_test.py OptimizerTest.testComputeGradientsWithTensors (compute_gradients(f, [x]); apply_gradients raises NotImplementedError)
# tf: 1.15
import tensorflow as tf
x = tf.convert_to_tensor(1.0)
f = x * x
sgd_op = tf.train.GradientDescentOptimizer(3.0)
grads_and_vars = sgd_op.compute_gradients(f, [x])
print(len(grads_and_vars))
grad, x_as_var = grads_and_vars[0]
print(x_as_var is x)
print(grad.name)
sgd_op.apply_gradients(grads_and_vars)

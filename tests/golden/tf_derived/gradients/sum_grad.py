# source: tensorflow/python/ops/math_grad.py _SumGrad (input_shape = constant_op.constant(input_0_shape, dtype=dtypes.int32); array_ops.tile(grad, input_shape))
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [2, 3], name="x")
y = tf.reduce_sum(x)
g = tf.gradients(y, x)[0]
print(g)
show("gradients/Sum_grad")

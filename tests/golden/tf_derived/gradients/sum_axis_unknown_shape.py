# source: tensorflow/python/ops/math_grad.py _SumGrad (general path: input_shape = array_ops.shape(op.inputs[0]); math_ops.reduced_shape(input_shape, op.inputs[1]); _safe_shape_div) + math_ops.py reduced_shape / range
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [None, 3], name="x")
loss = tf.reduce_mean(tf.reduce_sum(tf.square(x), axis=1))
g = tf.gradients(loss, x)[0]
print(g)
show("gradients/Sum_grad")

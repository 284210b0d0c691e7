# source: tensorflow/python/ops/math_grad.py _MeanGrad (else: array_ops.shape(op.inputs[0]); array_ops.shape(op.outputs[0]); _safe_shape_div(math_ops.reduce_prod(input_shape), math_ops.reduce_prod(output_shape)))
# tf: 1.15
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [None, 3], name="x")
y = tf.reduce_mean(x)
g = tf.gradients(y, x)[0]
print(g.name)
show("gradients/Mean_grad")

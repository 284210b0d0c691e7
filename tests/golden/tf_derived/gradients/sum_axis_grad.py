# source: tensorflow/python/ops/math_grad.py _SumGrad (known shape, some axes: math_ops.reduced_shape(input_0_shape, axes) and _safe_shape_div(input_0_shape, output_shape_kept_dims) built once and cached in graph._reduced_shape_cache; reshape(grad, output_shape_kept_dims); tile(grad, tile_scaling)) + math_ops.py reduced_shape
# tf: 1.15
# note: the second reduction of the same shape and axes finds the cache: only Reshape and Tile
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
x = tf.placeholder(tf.float32, [2, 3], name="x")
y = tf.reduce_sum(x, axis=1)
g = tf.gradients(y, x)[0]
print(g)
show("gradients/Sum_grad")
z = tf.reduce_sum(x * 2.0, axis=1)
print(tf.gradients(z, x)[0].name)
show("gradients_1/Sum_1_grad")

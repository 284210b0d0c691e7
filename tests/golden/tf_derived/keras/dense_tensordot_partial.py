# source: tensorflow/python/ops/math_ops.py tensordot (partially known shape: axes/free Consts, Shape, GatherV2, Prod, concat, stack, transpose, Reshape; the kernel side is fully defined; the result is reshaped by concat([a_free_dims, b_free_dims]) and set_shape) + tensorflow/python/keras/layers/core.py Dense.call + tensorflow/python/ops/resource_variable_ops.py (b = convert_to_tensor(kernel) reads it)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, None, 3], name="x")
y = tf.keras.layers.Dense(2)(x)
names = [op.name + " " + op.type for op in tf.get_default_graph().get_operations()]
for n in names[names.index("dense/bias/Read/ReadVariableOp ReadVariableOp") + 1:]:
    print(n)
print(y)

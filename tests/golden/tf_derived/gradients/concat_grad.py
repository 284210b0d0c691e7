# source: tensorflow/python/ops/array_grad.py _ConcatGradHelper (non_neg_concat_dim = concat_dim % array_ops.rank(input_values[0]); _ExtractInputShapes; gen_array_ops.concat_offset; array_ops.slice per input)
# tf: 1.15
import tensorflow as tf
a = tf.placeholder(tf.float32, [2, 3], name="a")
b = tf.placeholder(tf.float32, [2, 5], name="b")
y = tf.concat([a, b], 1)
ga, gb = tf.gradients(y, [a, b])
print(ga)
print(gb)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("gradients/concat_grad"):
        print(op.name, op.type)

# source: tensorflow/python/ops/array_grad.py _ConcatGradHelper._ExtractInputShapes (a non-Const shape stops the loop and array_ops.shape_n(inputs) is used)
# tf: 1.15
import tensorflow as tf
a = tf.placeholder(tf.float32, [2, 3], name="a")
b = tf.placeholder(tf.float32, [None, 3], name="b")
y = tf.concat([a, b], 0)
ga, gb = tf.gradients(y, [a, b])
print(ga)
print(gb)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("gradients/concat_grad"):
        print(op.name, op.type)

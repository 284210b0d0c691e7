# source: tensorflow/python/ops/template.py make_template docstring (with tf.variable_scope(vs, reuse=True): scale_by_y2 = make_template('scale_by_y', ...) "Creates a template that reuses the variables above.")
# tf: 1.15
import tensorflow as tf


def my_op(x, scalar_name):
    var1 = tf.get_variable(scalar_name, shape=[], initializer=tf.constant_initializer(1))
    return x * var1


input1 = tf.constant(2.0)
with tf.variable_scope("scope") as vs:
    scale_by_y = tf.make_template("scale_by_y", my_op, scalar_name="y")
    z = scale_by_y(input1)
    w = scale_by_y(input1)
with tf.variable_scope(vs, reuse=True):
    scale_by_y2 = tf.make_template("scale_by_y", my_op, scalar_name="y")
    z2 = scale_by_y2(input1)
print(z.name, w.name, z2.name)
print([v.name for v in tf.global_variables()])
print(scale_by_y2.variable_scope.name)

# source: tensorflow/python/framework/ops.py _VALID_SCOPE_NAME_REGEX = "^[A-Za-z0-9_.\\-/]*$" (nested) vs _VALID_OP_NAME_REGEX (root) in Graph.name_scope
# tf: 1.15
import tensorflow as tf

with tf.name_scope("outer"):
    with tf.name_scope("-x") as s:
        print(s)
    with tf.name_scope("_y") as s:
        print(s)
    c = tf.constant(1.0, name="_z")
print(c.op.name)
try:
    with tf.name_scope("-x"):
        pass
except ValueError as e:
    print(e)

# source: tensorflow/python/framework/ops.py Graph.name_scope docstring ("A scope previously captured ... will be treated as an absolute name scope")
# tf: 1.15
import tensorflow as tf

with tf.name_scope("a") as a_scope:
    pass
with tf.name_scope("b"):
    with tf.name_scope(a_scope) as s:
        print(s)
        print(tf.constant(1.0).op.name)
    print(tf.constant(1.0).op.name)

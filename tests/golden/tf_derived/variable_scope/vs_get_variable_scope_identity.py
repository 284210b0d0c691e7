# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__enter__ (current_scope = variable_scope_object; returned by get_variable_scope)
# tf: 1.15
import tensorflow as tf

root = tf.get_variable_scope()
print(repr(root.name))
with tf.variable_scope("a") as a:
    print(tf.get_variable_scope() is a)
    with tf.variable_scope(a) as a2:
        print(tf.get_variable_scope() is a2)
        print(a2 is a)
print(tf.get_variable_scope() is root)

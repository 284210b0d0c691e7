# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__init__ (a new VariableScope copy is made for a scope-object entry)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("s") as s:
    pass
with tf.variable_scope(s) as s2:
    print(s2 is s)
    print(s2.name == s.name)
    print(s2.original_name_scope == s.original_name_scope)

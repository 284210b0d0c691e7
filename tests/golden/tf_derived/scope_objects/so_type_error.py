# source: tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (raise TypeError("VariableScope: name_or_scope must be a string or VariableScope."))
# tf: 1.15
import tensorflow as tf

try:
    with tf.variable_scope(123):
        pass
except TypeError as e:
    print(e)
with tf.variable_scope("ok") as s:
    print(s.name)

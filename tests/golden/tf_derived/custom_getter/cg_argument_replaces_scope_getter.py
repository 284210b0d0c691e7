# source: tensorflow/python/ops/variable_scope.py VariableScope.get_variable (if custom_getter is None: custom_getter = self._custom_getter; an explicit getter is not wrapped)
# tf: 1.15
import tensorflow as tf

calls = []

def scope_getter(getter, *args, **kwargs):
    calls.append("scope")
    return getter(*args, **kwargs)

def arg_getter(getter, *args, **kwargs):
    calls.append("arg")
    return getter(*args, **kwargs)

with tf.variable_scope("s", custom_getter=scope_getter):
    a = tf.get_variable("a", [1])
    b = tf.get_variable("b", [1], custom_getter=arg_getter)
print(calls)
print(a.name, b.name)

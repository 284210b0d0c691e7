# source: tensorflow/python/ops/variable_scope.py _maybe_wrap_custom_getter (custom_getter(functools.partial(old_getter, getter), ...): the inner scope's getter runs first)
# tf: 1.15
import tensorflow as tf

order = []

def make(tag):
    def custom_getter(getter, name, *args, **kwargs):
        order.append(tag)
        return getter(name, *args, **kwargs)
    return custom_getter

with tf.variable_scope("outer", custom_getter=make("outer")):
    with tf.variable_scope("inner", custom_getter=make("inner")):
        v = tf.get_variable("v", [1])
print(order)
print(v.name)

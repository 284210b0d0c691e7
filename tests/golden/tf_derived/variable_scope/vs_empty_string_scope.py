# source: tensorflow/python/ops/variable_scope.py _pure_variable_scope.__enter__ (new_name = old.name + "/" + name_or_scope if old.name else name_or_scope) + variable_scope._enter_scope_uncached (no name scope for "")
# tf: 1.15
# note: template_test.py asserts the same double slash: assertEqual("outer//dummy:0", v.name)
import tensorflow as tf

with tf.variable_scope("outer"):
    with tf.variable_scope("") as s:
        print(repr(s.name))
        v = tf.get_variable("w", [])
        c = tf.constant(1.0, name="c")
print(v.name)
print(c.name)
with tf.variable_scope("") as r:
    print(repr(r.name))
    print(tf.get_variable("u", []).name)

# source: tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (string scope: ops.name_scope(name_or_scope), uniquified) vs pure scope name (not uniquified)
# tf: 1.15
import tensorflow as tf

g = tf.get_default_graph()
with tf.variable_scope("V1") as a:
    print(a.name, a.original_name_scope, g.get_name_scope())
with tf.variable_scope("V1") as b:
    print(b.name, b.original_name_scope, g.get_name_scope())
    with tf.variable_scope("V2") as c:
        print(c.name, c.original_name_scope, g.get_name_scope())

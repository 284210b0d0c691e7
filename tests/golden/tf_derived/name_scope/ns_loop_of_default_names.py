# source: tensorflow/python/framework/ops_test.py OpScopeTest.testEagerDefaultScopeName (graph mode) + tensorflow/python/framework/ops.py Graph.unique_name
# tf: 1.15
import tensorflow as tf

names = []
for i in range(3):
    with tf.name_scope(None, "block") as s:
        names.append(s)
        with tf.name_scope(None, "block") as inner:
            names.append(inner)
print(names)

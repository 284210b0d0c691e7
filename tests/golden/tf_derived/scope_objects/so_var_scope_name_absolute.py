# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScope (assertEqual(tower_shared.name, "tower4"), assertEqual(sc, "tower6/tower4/scope/"))
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("tower4") as tower:
    w = tf.get_variable("w", [1])
with tf.variable_scope("tower6"):
    with tf.variable_scope(tower, reuse=True) as shared:
        print(shared.name)
        print(tf.get_variable("w", [1]) is w)
        print(tf.identity(w).name)
        with tf.variable_scope("sub") as sub:
            print(sub.name, sub.original_name_scope)

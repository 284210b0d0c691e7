# source: tensorflow/python/kernel_tests/variable_scope_test.py (v1.3.0) VariableScopeTest.testGetLocalVar (assertEqual(local_var.name, "outer/w:0"))
# tf: 1.3
import tensorflow as tf

with tf.variable_scope("outer") as outer:
    with tf.variable_scope(outer, "default", []):
        local_var = tf.get_local_variable("w", [], collections=["foo"])
print(local_var.name)
print([v.name for v in tf.local_variables()])
print([v.name for v in tf.trainable_variables()])
with tf.variable_scope(outer, "default", reuse=True):
    print(tf.get_local_variable("w", []).name)

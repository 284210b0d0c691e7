# source: tensorflow/python/kernel_tests/variable_scope_test.py (v1.3.0) VariableScopeTest.testVarScopeObjectReuse (assertTrue(jump_no_reuse.reuse)  # Inherited, cannot be undone.)
# tf: 1.3
import tensorflow as tf

with tf.variable_scope("jump", reuse=True) as scope:
    vs = scope
with tf.variable_scope(vs) as jump:
    print(jump.reuse)
with tf.variable_scope(vs, reuse=False) as jump_no_reuse:
    print(jump_no_reuse.reuse)
with tf.variable_scope("jump", reuse=False) as scope:
    vs = scope
with tf.variable_scope(vs) as jump:
    print(jump.reuse)
with tf.variable_scope(vs, reuse=True) as jump_reuse:
    print(jump_reuse.reuse)

# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarOpScope (variable_scope("tower", "default", []) gives tower/w:0)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("tower", "default") as t:
    print(t.name)
with tf.variable_scope("tower", "default") as t2:
    print(t2.name, t2.original_name_scope)
with tf.variable_scope(None, "default") as d:
    print(d.name)

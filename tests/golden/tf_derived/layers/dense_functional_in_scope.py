# source: tensorflow/python/layers/core_test.py DenseTest.testFunctionalDenseInScope (test/my_dense/kernel, test1/kernel with name=scope, test2/dense/kernel) + tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (a VariableScope keeps its original_name_scope)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("test"):
    inputs = tf.random_uniform((5, 3), seed=1)
    y = tf.layers.dense(inputs, 2, name="my_dense")
    print(y.op.name)
with tf.variable_scope("test1") as scope:
    inputs = tf.random_uniform((5, 3), seed=1)
    y = tf.layers.dense(inputs, 2, name=scope)
    print(y.op.name)
with tf.variable_scope("test2"):
    inputs = tf.random_uniform((5, 3), seed=1)
    y = tf.layers.dense(inputs, 2)
    print(y.op.name)
print([v.name for v in tf.global_variables()])

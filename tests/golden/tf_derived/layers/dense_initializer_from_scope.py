# source: tensorflow/python/layers/core_test.py DenseTest.testFunctionalDenseInitializerFromScope (scope/dense/kernel from the scope's ones_initializer, bias still zeros) + tensorflow/python/layers/base.py Layer.add_weight (initializer = scope.initializer)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("scope", initializer=tf.ones_initializer()):
    inputs = tf.random_uniform((5, 3), seed=1)
    tf.layers.dense(inputs, 2)
print([v.name for v in tf.global_variables()])
print([op.name for op in tf.get_default_graph().get_operations() if "Initializer" in op.name])

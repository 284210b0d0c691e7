# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_default_initializer (glorot_uniform_initializer for floats) + tensorflow/python/ops/init_ops.py VarianceScaling.__call__ (random_ops.random_uniform)
# tf: 1.15
import tensorflow as tf

w = tf.get_variable("w", [2, 3])
print([op.name for op in tf.get_default_graph().get_operations()])

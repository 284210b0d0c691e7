# source: tensorflow/python/ops/variable_scope.py _get_single_variable (initializing_from_value: init_val = initializer) + tensorflow/python/ops/variables.py RefVariable._init_from_args (Tensor initial value kept as is)
# tf: 1.15
import tensorflow as tf

init = tf.constant([1.0, 2.0])
v = tf.get_variable("v", initializer=init)
print(v)
print([op.name for op in tf.get_default_graph().get_operations()])

# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable (init_val = lambda: initializer(shape, dtype)) + tensorflow/python/ops/variables.py RefVariable._init_from_args (name_scope("Initializer"))
# tf: 1.15
import tensorflow as tf

v = tf.get_variable("v", [2], initializer=tf.zeros_initializer())
print([op.name for op in tf.get_default_graph().get_operations()])

# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable (no shape: the default glorot initializer needs shape/dtype arguments, so the "not valid" error is raised)
# tf: 1.15
import tensorflow as tf

tf.get_variable("v")

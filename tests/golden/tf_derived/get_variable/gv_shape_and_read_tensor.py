# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable + tensorflow/python/ops/variables.py RefVariable.value / __repr__
# tf: 1.15
import tensorflow as tf

w = tf.get_variable("w", [3, 4])
print(w.shape)
print(w)
print(w.value())
print(w.op.name)

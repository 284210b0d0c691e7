# source: tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable (store keyed by full name; the new variable's graph name goes through unique_name)
# tf: 1.15
import tensorflow as tf

a = tf.Variable(1.0, name="v")
b = tf.get_variable("v", [])
print(a.name)
print(b.name)
tf.get_variable_scope().reuse_variables()
c = tf.get_variable("v", [])
print(c is b)
print(c.name)

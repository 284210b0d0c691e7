# source: tensorflow/python/ops/variable_scope.py VariableScope.get_collection (prefix self._name + "/") + tensorflow/python/ops/variables.py RefVariable (tf.Variable follows the name scope V1_1/)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("V1") as s:
    a = tf.get_variable("a", [1])
with tf.variable_scope("V1"):
    b = tf.Variable(1.0, name="b")
print([v.name for v in s.global_variables()])
print([v.name for v in tf.global_variables("V1")])
print([v.name for v in tf.global_variables("V1/")])

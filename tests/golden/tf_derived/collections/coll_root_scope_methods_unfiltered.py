# source: tensorflow/python/ops/variable_scope.py VariableScope.get_collection (scope = self._name + "/" if self._name else "")
# tf: 1.15
import tensorflow as tf

a = tf.get_variable("a", [])
with tf.variable_scope("s"):
    b = tf.get_variable("b", [], trainable=False)
root = tf.get_variable_scope()
print([v.name for v in root.global_variables()])
print([v.name for v in root.trainable_variables()])
print([v.name for v in root.get_collection("variables")])

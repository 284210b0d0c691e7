# source: tensorflow/python/ops/variable_scope.py (v1.3.0) VariableScope.get_variable ("Initializer type '%s' and explicit dtype '%s' don't match.")
# tf: 1.3
import tensorflow as tf

init = tf.constant(1, dtype=tf.int32)
tf.get_variable("s", initializer=init, dtype=tf.float64)

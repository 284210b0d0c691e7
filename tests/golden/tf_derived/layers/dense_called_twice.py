# source: tensorflow/python/layers/base.py Layer.__call__ (once built: variable_scope(self._scope, reuse=True, auxiliary_name_scope=False); ops go back into original_name_scope)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3])
dense = tf.layers.Dense(2)
a = dense(x)
b = dense(x)
print(a.name, b.name)
print([v.name for v in tf.global_variables()])

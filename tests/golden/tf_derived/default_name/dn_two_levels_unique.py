# source: tensorflow/python/ops/variable_scope.py _get_unique_variable_scope + close_variable_subscopes (counters of default/layer reset when default_1 is a different parent)
# tf: 1.15
import tensorflow as tf

for i in range(2):
    with tf.variable_scope(None, default_name="model") as m:
        for j in range(2):
            with tf.variable_scope(None, default_name="layer") as l:
                print(l.name, l.original_name_scope)

# source: tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (if self._reuse: raise ValueError("reuse=True cannot be used without a name_or_scope"); AUTO_REUSE is truthy)
# tf: 1.15
import tensorflow as tf

with tf.variable_scope(None, default_name="d", reuse=tf.AUTO_REUSE):
    pass

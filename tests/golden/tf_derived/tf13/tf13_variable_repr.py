# source: tensorflow/python/ops/variables.py (v1.3.0) Variable.__repr__ ("<tf.Variable '%s' shape=%s dtype=%s>")
# tf: 1.3
import tensorflow as tf

v = tf.Variable([[1.0, 2.0]], name="v")
w = tf.get_variable("w", [3], dtype=tf.int32)
print(repr(v))
print(repr(w))
print(v.value())

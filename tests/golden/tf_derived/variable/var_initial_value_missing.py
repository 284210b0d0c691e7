# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (raise ValueError("initial_value must be specified."))
# tf: 1.15
import tensorflow as tf

try:
    tf.Variable()
except ValueError as e:
    print(e)
v = tf.Variable(0.0)
print(v.name)

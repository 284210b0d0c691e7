# source: tensorflow/python/ops/random_ops.py random_uniform (float branch: rnd * (maxval - minval) then math_ops.add(..., minval, name=name))
# tf: 1.15
import tensorflow as tf

r = tf.random_uniform([3])
print(r)
print([op.name for op in tf.get_default_graph().get_operations()])

# source: tensorflow/python/framework/ops.py Graph.__init__ (each Graph has its own _names_in_use)
# tf: 1.15
import tensorflow as tf

g1 = tf.Graph()
g2 = tf.Graph()
print(g1.unique_name("a"))
print(g1.unique_name("a"))
print(g2.unique_name("a"))
with g2.as_default():
    print(tf.constant(1.0, name="a").op.name)

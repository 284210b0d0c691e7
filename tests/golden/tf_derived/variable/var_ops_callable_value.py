# source: tensorflow/python/ops/variables.py RefVariable._init_from_args (init_from_fn: initial value built under name_scope("Initializer"))
# tf: 1.15
import tensorflow as tf

f = tf.Variable(lambda: tf.zeros([2]), name="f")
print([op.name for op in tf.get_default_graph().get_operations()])
print(f.name)

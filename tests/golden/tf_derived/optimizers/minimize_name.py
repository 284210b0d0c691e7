# source: tensorflow/python/training/optimizer.py Optimizer.apply_gradients (with ops.name_scope(name, self._name) as name; self._finish(update_ops, name))
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [2])
train = tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_sum(w), name="train_step")
print(train)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("train_step")])

# source: tensorflow/python/training/optimizer.py Optimizer.apply_gradients (self._finish(update_ops, "update"); state_ops.assign_add(global_step, 1, name=name))
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [2])
step = tf.train.get_or_create_global_step()
train = tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_sum(w), global_step=step)
print(train)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("GradientDescent"):
        print(op.name, op.type)

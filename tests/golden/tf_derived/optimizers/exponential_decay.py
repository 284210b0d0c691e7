# source: tensorflow/python/keras/optimizer_v2/learning_rate_schedule.py ExponentialDecay.__call__ (name_scope_v2(self.name or "ExponentialDecay"); math_ops.cast(...); math_ops.floor; math_ops.multiply(initial_learning_rate, math_ops.pow(decay_rate, p), name=name)) + learning_rate_decay.py exponential_decay
# tf: 1.15
import tensorflow as tf
global_step = tf.train.get_or_create_global_step()
lr = tf.train.exponential_decay(0.1, global_step, 1000, 0.96, staircase=True)
print(lr)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("ExponentialDecay"):
        print(op.name, op.type)
w = tf.get_variable("w", [2])
train = tf.train.GradientDescentOptimizer(lr).minimize(tf.reduce_sum(w), global_step=global_step)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("GradientDescent")])
print(tf.train.exponential_decay(0.5, global_step, 10, 0.5, name="decay").name)

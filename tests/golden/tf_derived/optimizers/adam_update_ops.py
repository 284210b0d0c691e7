# source: tensorflow/python/training/optimizer.py Optimizer.apply_gradients (name_scope(name, self._name); name_scope("update_" + var.op.name)) + adam.py AdamOptimizer._finish (group(..., name=name_scope))
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [2])
train = tf.train.AdamOptimizer().minimize(tf.reduce_sum(w))
print(train)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("Adam"):
        print(op.name, op.type)

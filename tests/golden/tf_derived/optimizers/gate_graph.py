# source: tensorflow/python/training/optimizer.py Optimizer.compute_gradients (if gate_gradients == Optimizer.GATE_GRAPH: grads = control_flow_ops.tuple(grads))
# tf: 1.15
import tensorflow as tf
a = tf.Variable([1.0], name="a")
b = tf.Variable([2.0], name="b")
opt = tf.train.GradientDescentOptimizer(0.1)
gv = opt.compute_gradients(tf.reduce_sum(a * b), gate_gradients=tf.train.Optimizer.GATE_GRAPH)
for g, v in gv:
    print(g.name, v.name)

# source: tensorflow/python/training/optimizer.py Optimizer.apply_gradients (with ops.name_scope("update_" + scope_name), ops.colocate_with(var)) + control_flow_ops.py group (one NoOp per device, sorted, then no_op(name=name))
# tf: 1.15
# note: colocate_with sets the enclosing device stack aside, so an update op follows its variable's device, not tf.device around minimize
import tensorflow as tf
with tf.device("/cpu:0"):
    a = tf.get_variable("a", [2])
with tf.device("/gpu:0"):
    b = tf.get_variable("b", [2])
loss = tf.reduce_sum(a * b)
with tf.device("/job:ps"):
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
g = tf.get_default_graph()
for op in g.get_operations():
    if op.name.startswith("GradientDescent"):
        print(op.name, op.type, repr(op.device))
print(repr(g.get_operation_by_name("gradients/mul_grad/Mul").device))

# source: tensorflow/python/ops/array_grad.py _UnpackGrad (array_ops.stack(grads, axis=op.get_attr("axis"))) + gradients_util.py (outputs without a gradient get control_flow_state.ZerosLikeOutsideLoop in the gradients scope)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [3, 2], name="x")
parts = tf.unstack(x)
y = parts[0] * parts[2]
g = tf.gradients(y, x)[0]
print(g)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("gradients/") and not op.name.startswith("gradients/mul_grad"):
        print(op.name, op.type)

# source: tensorflow/python/ops/gradients_util.py _GradientsHelper (xs converted with as_ref=True: a RefVariable becomes its VariableV2 output; Identity passes the gradient through the read op)
# tf: 1.15
import tensorflow as tf
w = tf.Variable([1.0, 2.0], name="w")
y = tf.reduce_sum(w * w)
g = tf.gradients(y, w)[0]
print(g.name, g.op.type)
print(tf.gradients(y, w.value())[0].name)

# source: tensorflow/python/layers/normalization_test.py BNTest.testCreateBN (shape [5, 4, 3]; 2 updates, 4 variables, 2 trainable, 2 non-trainable; UPDATE_OPS == bn.updates; TRAINABLE_VARIABLES == bn.trainable_variables) / testNoCenter / testNoScale (3 variables, 1 trainable)
# tf: 1.15
# note: training is a Python bool here (a bool placeholder needs tf.cond, which scopeplay does not model)
import tensorflow as tf

bn = tf.layers.BatchNormalization(axis=1)
inputs = tf.random_uniform((5, 4, 3), seed=1)
outputs = bn.apply(inputs, training=True)
print(outputs.get_shape().as_list())
print(len(bn.updates), len(bn.variables), len(bn.trainable_variables), len(bn.non_trainable_variables))
print(tf.get_collection(tf.GraphKeys.UPDATE_OPS) == bn.updates)
print(tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES) == bn.trainable_variables)
print([v.name for v in bn.variables])
print(outputs.op.name, bn.gamma.shape)
for kwargs in [{"center": False}, {"scale": False}]:
    bn = tf.layers.BatchNormalization(axis=1, **kwargs)
    outputs = bn.apply(inputs, training=True)
    print(outputs.get_shape().as_list(), len(bn.updates), len(bn.variables), len(bn.trainable_variables),
          len(bn.non_trainable_variables))

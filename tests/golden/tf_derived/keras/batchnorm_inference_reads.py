# source: tensorflow/python/keras/layers/normalization.py BatchNormalizationBase.call (training=False: moving statistics; math_ops.cast leaves ResourceVariables alone) + tensorflow/python/ops/nn_impl.py batch_normalization + tensorflow/python/ops/resource_variable_ops.py (each operator use reads the variable first)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3], name="x")
bn = tf.keras.layers.BatchNormalization()
y = bn(x, training=False)
names = [op.name for op in tf.get_default_graph().get_operations()]
print(names[names.index("batch_normalization/batchnorm/add/y") - 1:])
print([v.name for v in bn.trainable_weights], [v.name for v in bn.non_trainable_weights])
print(y)

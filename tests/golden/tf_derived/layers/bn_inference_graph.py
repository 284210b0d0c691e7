# source: tensorflow/python/keras/layers/normalization.py BatchNormalizationBase.build (gamma, beta, moving_mean, moving_variance) / call (not fused for rank 2; training False -> moving statistics; math_ops.cast) + tensorflow/python/ops/nn_impl.py batch_normalization (batchnorm/add, Rsqrt, mul, mul_1, mul_2, sub, add_1)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3], name="x")
y = tf.layers.batch_normalization(x)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
print(y)
print(tf.get_collection(tf.GraphKeys.UPDATE_OPS))

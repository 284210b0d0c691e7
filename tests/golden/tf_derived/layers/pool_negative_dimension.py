# source: tensorflow/core/framework/common_shape_fns.cc GetWindowedOutputSize (VALID window larger than the input) + tensorflow/python/ops/nn_ops.py max_pool (name_scope "MaxPool") + tensorflow/python/layers/pooling.py max_pooling2d
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 1, 1, 4])
tf.layers.max_pooling2d(x, 2, 2)

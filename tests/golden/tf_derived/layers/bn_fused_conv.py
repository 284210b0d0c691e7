# source: tensorflow/python/keras/layers/normalization.py BatchNormalizationBase.build (V1: fused when the input has rank 4 and axis is 3) / _fused_batch_norm (momentum = convert_to_tensor(self.momentum) even for inference) + tensorflow/python/ops/nn_impl.py fused_batch_norm (forward_compatible(2019, 6, 6) -> FusedBatchNormV3)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 8, 8, 4], name="x")
y = tf.layers.batch_normalization(x)
names = [op.name + " " + op.type for op in tf.get_default_graph().get_operations()]
for n in names[17:]:
    print(n)
print(y)

# source: tensorflow/python/layers/normalization_test.py BNTest (UPDATE_OPS holds the two moving-average updates) + tensorflow/python/keras/layers/normalization.py BatchNormalizationBase.call (_moments, add_update -> _assign_moving_average under name_scope('AssignMovingAvg')) + tensorflow/python/ops/nn_impl.py moments
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3], name="x")
y = tf.layers.batch_normalization(x, training=True)
names = [op.name for op in tf.get_default_graph().get_operations()]
for n in names[17:]:
    print(n)
print([op.name for op in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
print([v.name for v in tf.trainable_variables()])
print([v.name for v in tf.global_variables()])

# source: tensorflow/python/layers/core_test.py DenseTest.testActivityRegularizer (one REGULARIZATION_LOSSES entry; dense.losses == loss_keys) + tensorflow/python/keras/engine/base_layer.py Layer._handle_activity_regularization (name_scope('ActivityRegularizer'); loss / cast(shape(output)[0]))
# tf: 1.15
import tensorflow as tf

regularizer = lambda x: tf.reduce_sum(x) * 1e-3
dense = tf.layers.Dense(2, name="my_dense", activity_regularizer=regularizer)
inputs = tf.random_uniform((5, 3), seed=1)
_ = dense(inputs)
loss_keys = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print(len(loss_keys), dense.losses == loss_keys)
print(loss_keys[0].name)
names = [op.name for op in tf.get_default_graph().get_operations()]
print(names[names.index("my_dense/BiasAdd") + 1:])

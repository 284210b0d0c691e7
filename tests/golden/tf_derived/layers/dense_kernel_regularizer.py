# source: tensorflow/python/layers/core_test.py DenseTest.testKernelRegularizer (one REGULARIZATION_LOSSES entry) + tensorflow/python/keras/engine/base_layer.py Layer._handle_weight_regularization (name_scope(name + '/Regularizer')) + tensorflow/python/layers/base.py Layer.add_loss (callable losses evaluated at once)
# tf: 1.15
import tensorflow as tf

regularizer = lambda x: tf.reduce_sum(x) * 1e-3
dense = tf.layers.Dense(2, name="my_dense", kernel_regularizer=regularizer)
inputs = tf.random_uniform((5, 3), seed=1)
_ = dense(inputs)
loss_keys = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print(len(loss_keys))
print([t.name for t in loss_keys])
print([op.name for op in tf.get_default_graph().get_operations() if "Regularizer" in op.name])

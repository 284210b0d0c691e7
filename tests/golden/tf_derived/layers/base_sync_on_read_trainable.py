# source: tensorflow/python/layers/base_test.py BaseLayerTest.testInvalidTrainableSynchronizationCombination (assertRaisesRegexp ValueError)
# tf: 1.15
import tensorflow as tf

layer = tf.layers.Layer(name="my_layer")
v = layer.add_variable("v", [2, 2], initializer=tf.zeros_initializer(),
                       synchronization=tf.VariableSynchronization.ON_READ, aggregation=tf.VariableAggregation.SUM)
print(v.name, layer.non_trainable_variables == [v])
layer.add_variable("w", [2, 2], initializer=tf.zeros_initializer(),
                   synchronization=tf.VariableSynchronization.ON_READ, trainable=True)

# source: tensorflow/python/keras/engine/base_layer_test.py BaseLayerTest.test_default_add_weight (shapes [] and [3, 4], float32, one loss named 'Variable_2/Regularizer...') + tensorflow/python/keras/regularizers.py L1L2.__call__
# tf: 1.15
import tensorflow as tf


class TestLayer(tf.keras.layers.Layer):

    def __init__(self):
        super(TestLayer, self).__init__()
        self.default_weight = self.add_weight()
        self.weight_without_name = self.add_weight(shape=(3, 4))
        self.regularized_weight_without_name = self.add_weight(shape=(3, 4), regularizer="l2")


layer = TestLayer()
print(layer.name)
print(layer.default_weight.shape.as_list(), layer.weight_without_name.shape.as_list())
print(layer.default_weight.dtype.name, layer.weight_without_name.dtype.name)
print([w.name for w in layer.weights])
losses = layer.losses
print(len(losses), losses[0].name)

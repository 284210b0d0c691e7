# source: tensorflow/python/keras/engine/base_layer_test.py NameScopingTest.test_name_scope_tf_tensor (MyName3/bias:0, MyName3/kernel:0 with activation=ReLU(name='MyAct')) + tensorflow/python/keras/backend.py relu (nn.relu)
# tf: 1.15
import tensorflow as tf

x = tf.convert_to_tensor([[1.0] * 10] * 10)
layer = tf.keras.layers.Dense(10, activation=tf.keras.layers.ReLU(name="MyAct"), name="MyName3")
y = layer(x)
print(layer.bias.name, layer.kernel.name)
print(y.name)

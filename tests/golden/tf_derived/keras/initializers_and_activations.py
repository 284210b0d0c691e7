# source: tensorflow/python/keras/initializers.py (keras.initializers.he_normal -> VarianceScaling(2.0, 'fan_in', 'truncated_normal'); Zeros) + tensorflow/python/ops/init_ops.py VarianceScaling.__call__ (truncated_normal ops) + tensorflow/python/keras/activations.py (keras.activations.tanh -> nn.tanh)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 2])
layer = tf.keras.layers.Dense(3, kernel_initializer=tf.keras.initializers.he_normal(),
                              bias_initializer=tf.keras.initializers.Zeros(), activation=tf.keras.activations.tanh)
y = layer(x)
print(y.name)
print([op.name for op in tf.get_default_graph().get_operations() if "Initializer" in op.name])

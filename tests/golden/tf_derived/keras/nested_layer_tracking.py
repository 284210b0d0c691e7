# source: tensorflow/python/keras/engine/base_layer_test.py BaseLayerTest.test_nested_layer_variable_tracking (weights of layers assigned as attributes are gathered) + tensorflow/python/keras/engine/base_layer.py Layer.__setattr__ / __call__ (the sub-layer runs in its own name scope inside the outer one) + Layer.add_weight (trainable comes from the argument only, so a frozen layer's variables still join TRAINABLE_VARIABLES)
# tf: 1.15
import tensorflow as tf


class Block(tf.keras.layers.Layer):

    def __init__(self):
        super(Block, self).__init__()
        self.d1 = tf.keras.layers.Dense(3)
        self.d2 = tf.keras.layers.Dense(2, trainable=False)

    def call(self, x):
        return self.d2(self.d1(x))


b = Block()
y = b(tf.placeholder(tf.float32, [None, 2]))
print(y.name)
print([w.name for w in b.trainable_weights])
print([w.name for w in b.non_trainable_weights])
print(len(b.weights), len(tf.trainable_variables()), len(tf.global_variables()))

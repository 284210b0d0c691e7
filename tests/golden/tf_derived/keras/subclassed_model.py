# source: tensorflow/python/keras/engine/base_layer.py Layer.__setattr__ (assigned layers are tracked) + Layer.__call__ (name_scope(model.name) around call, each sub-layer in its own name scope) + tensorflow/python/keras/engine/network.py (Model named 'my_model' by to_snake_case)
# tf: 1.15
import tensorflow as tf


class MyModel(tf.keras.Model):

    def __init__(self):
        super(MyModel, self).__init__()
        self.hidden = tf.keras.layers.Dense(8, activation="relu")
        self.out = tf.keras.layers.Dense(1)

    def call(self, inputs):
        return self.out(self.hidden(inputs))


model = MyModel()
x = tf.placeholder(tf.float32, [None, 3])
y = model(x)
print(model.name, [l.name for l in model.layers])
print(y)
print([v.name for v in model.trainable_weights])
z = model(x)
print(z.name, len(model.weights))

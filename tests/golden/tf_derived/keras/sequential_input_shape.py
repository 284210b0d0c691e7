# source: tensorflow/python/keras/engine/sequential.py Sequential.add (first layer with input_shape: Input(batch_shape, name=layer.name + '_input') and the layer is called at once) + tensorflow/python/keras/engine/input_layer.py InputLayer (backend.placeholder named after the layer) + tensorflow/python/keras/engine/network.py Network._run_internal_graph (layers re-called inside the model's name scope)
# tf: 1.15
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(4, input_shape=(3,)), tf.keras.layers.Dense(2)])
print(model.name, [l.name for l in model.layers], model.built)
print(model.inputs, model.outputs)
print([v.name for v in model.weights])
print(model.count_params())
x = tf.placeholder(tf.float32, [None, 3], name="x")
y = model(x)
print(y)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("sequential/")])
print(len(tf.global_variables()))

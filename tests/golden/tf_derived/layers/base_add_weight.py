# source: tensorflow/python/layers/base_test.py BaseLayerTest.testAddWeight (variable.name == 'my_layer/my_var:0'; variables, trainable_variables, non_trainable_variables; TRAINABLE_VARIABLES holds one)
# tf: 1.15
import tensorflow as tf

layer = tf.layers.Layer(name="my_layer")
variable = layer.add_variable("my_var", [2, 2], initializer=tf.zeros_initializer())
print(variable.name)
print(layer.variables == [variable], layer.trainable_variables == [variable], layer.non_trainable_variables)
print(layer.variables == tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES))
variable_2 = layer.add_variable("non_trainable_var", [2, 2], initializer=tf.zeros_initializer(), trainable=False)
print(variable_2.name)
print([v.name for v in layer.variables])
print([v.name for v in layer.trainable_variables], [v.name for v in layer.non_trainable_variables])
print(len(tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)))

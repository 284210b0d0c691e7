# source: tensorflow/python/layers/base_test.py BaseLayerTest.testNameScopeIsConsistentWithVariableScope (my_layer/my_var:0, my_layer/my_op:0 ... name_3/my_op:0)
# tf: 1.15
import tensorflow as tf


class MyLayer(tf.layers.Layer):

    def build(self, input_shape):
        self.my_var = self.add_variable("my_var", (), tf.float32)
        self.built = True

    def call(self, inputs):
        return tf.multiply(inputs, self.my_var, name="my_op")


def _gen_layer(x, name=None):
    layer = MyLayer(name=name)
    out = layer.apply(x)
    return layer, out


for names in [(None, None, None), ("name", "name_1", "name_2"), ("name_1", "name_2", "name_3")]:
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, (), "x")
        layer, op = _gen_layer(x, name=names[0])
        layer1, op1 = _gen_layer(op, name=names[1])
        layer2, op2 = _gen_layer(op1, name=names[2])
        print(layer.my_var.name, op.name)
        print(layer1.my_var.name, op1.name)
        print(layer2.my_var.name, op2.name)

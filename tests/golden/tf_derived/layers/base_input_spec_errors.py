# source: tensorflow/python/layers/base_test.py BaseLayerTest.testInputSpecNdimCheck / MinNdimCheck / MaxNdimCheck / DtypeCheck / AxesCheck / ShapeCheck (the assertRaisesRegexp fragments) + tensorflow/python/keras/engine/input_spec.py assert_input_compatibility (full messages)
# tf: 1.15
import tensorflow as tf


class CustomerLayer(tf.layers.Layer):

    def __init__(self, spec):
        super(CustomerLayer, self).__init__()
        self.input_spec = spec

    def call(self, inputs):
        return inputs


cases = [(tf.layers.InputSpec(ndim=2), tf.placeholder("int32")),
         (tf.layers.InputSpec(ndim=2), tf.constant([1])),
         (tf.layers.InputSpec(min_ndim=2), tf.constant([1])),
         (tf.layers.InputSpec(max_ndim=2), tf.constant([[[1], [2]]])),
         (tf.layers.InputSpec(dtype="float32"), tf.constant(1, dtype=tf.int32)),
         (tf.layers.InputSpec(axes={-1: 2}), tf.constant([1, 2, 3])),
         (tf.layers.InputSpec(shape=(None, 3)), tf.constant([[1, 2]]))]
for spec, x in cases:
    layer = CustomerLayer(spec)
    try:
        layer.apply(x)
        print("ok")
    except ValueError as e:
        print(e)
print(CustomerLayer(tf.layers.InputSpec(ndim=2)).apply(tf.constant([[1], [2]])).name)
print(tf.layers.InputSpec(dtype="float32", min_ndim=2, axes={-1: 3}))

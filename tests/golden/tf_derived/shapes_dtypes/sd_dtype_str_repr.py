# source: tensorflow/python/framework/dtypes_test.py TypesTest.testRepr (assertEquals(repr(dtype), "tf." + name)) + tensorflow/python/framework/dtypes.py DType.__str__ ("<dtype: %r>" % self.name)
# tf: 1.15
import tensorflow as tf

for d in [tf.float32, tf.float64, tf.int32, tf.int64, tf.bool, tf.string, tf.float16, tf.uint8]:
    print(d, repr(d))

# source: tensorflow/python/framework/ops_test.py CreateOpFromTFOperationTest.testUniqueName (assertEqual(op3.name, "myop_2"), assertEqual(op4.name, "myop_1_1"))
# tf: 1.15
import tensorflow as tf

a = tf.constant(1, name="myop")
b = tf.constant(2, name="myop_1")
c = tf.constant(3, name="myop")
d = tf.constant(4, name="myop_1")
print(a.op.name)
print(b.op.name)
print(c.op.name)
print(d.op.name)

# source: tensorflow/python/framework/ops_test.py CollectionTest.test_add_to_collection (assertEqual([], g.get_collection("nothing")))
# tf: 1.15
import tensorflow as tf

print(tf.get_collection("nothing"))
print(tf.get_collection("nothing", scope="x"))
print(tf.local_variables())
print(tf.trainable_variables())

# source: tensorflow/python/training/saver.py BaseSaverBuilder._build_internal (ops.name_scope(name, "save", ...) uniquifies: save_1)
# tf: 1.15
import tensorflow as tf
v = tf.Variable(0.0, name="v")
s1 = tf.train.Saver()
s2 = tf.train.Saver([v])
s3 = tf.train.Saver(name="my_saver")
print(s1.saver_def.restore_op_name)
print(s2.saver_def.restore_op_name)
print(s2.saver_def.filename_tensor_name)
print(s3.saver_def.save_tensor_name)

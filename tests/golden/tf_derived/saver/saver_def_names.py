# source: tensorflow/python/training/saver.py BaseSaverBuilder._build_internal (SaverDef(filename_tensor_name=filename_tensor.name, save_tensor_name=save_tensor.name, restore_op_name=restore_op.name, ...))
# tf: 1.15
import tensorflow as tf
v = tf.Variable(0.0, name="v")
saver = tf.train.Saver()
d = saver.saver_def
print(d.filename_tensor_name)
print(d.save_tensor_name)
print(d.restore_op_name)
print(d.max_to_keep, d.sharded, d.keep_checkpoint_every_n_hours)

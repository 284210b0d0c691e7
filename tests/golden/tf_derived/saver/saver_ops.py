# source: tensorflow/python/training/saver.py BaseSaverBuilder._build_internal (name_scope(name, "save"); placeholder_with_default(..., name="filename"); placeholder_with_default(filename_tensor, name="Const"); _AddSaveOps; _AddRestoreOps)
# tf: 1.15
# note: BulkSaverBuilder.bulk_restore: one RestoreV2 for every variable, which are sorted by name (b before w)
import tensorflow as tf

def show(prefix):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type)
w = tf.get_variable("w", [2])
b = tf.Variable(1.0, name="b")
saver = tf.train.Saver()
show("save/")

# source: tensorflow/python/training/saver.py BulkSaverBuilder.bulk_restore (with ops.device("cpu:0"): return io_ops.restore_v2(filename_tensor, names, slices, dtypes)) + saveable_object_util.py op_list_to_dict (sorted(op_list, key=lambda x: x.name))
# tf: 1.15
import tensorflow as tf
z = tf.Variable(0.0, name="z")
a = tf.Variable([1, 2], name="a")
saver = tf.train.Saver([z, a])
g = tf.get_default_graph()
r = g.get_operation_by_name("save/RestoreV2")
print(r.device)
print([(t.name, t.dtype.name) for t in r.outputs])
for name in ("save/Assign", "save/Assign_1"):
    print(name, [t.name for t in g.get_operation_by_name(name).inputs])

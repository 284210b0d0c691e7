# source: tensorflow/python/training/saver_test.py SaverTest.testSomeErrors (saver_module.Saver({"vee1": v1, ...}): dict keys are the checkpoint names) + saver.py BaseSaverBuilder.save_op
# tf: 1.15
import tensorflow as tf
v1 = tf.Variable([20.0], name="v1")
v0 = tf.Variable([10.0], name="v0")
saver = tf.train.Saver({"vee1": v1, "other": v0})
g = tf.get_default_graph()
print([op.name for op in g.get_operations() if op.name.startswith("save/")])
print(saver.saver_def.restore_op_name)

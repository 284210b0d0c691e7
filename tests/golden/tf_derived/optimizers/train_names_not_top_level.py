# source: tensorflow/python/training/adam.py (@tf_export(v1=["train.AdamOptimizer"])) + training_util.py (@tf_export(v1=["train.get_global_step"])) + ops/gradients_impl.py (@tf_export(v1=["gradients"]))
# tf: 1.15
# note: tf_export puts the optimizers and global-step helpers only under tf.train; tf.gradients is top-level
import tensorflow as tf
print(tf.train.AdamOptimizer.__name__, tf.compat.v1.train.Saver.__name__)
print(tf.gradients.__name__, tf.train.get_or_create_global_step.__name__)
print(hasattr(tf, "gradients"), hasattr(tf, "AdamOptimizer"), hasattr(tf, "get_global_step"))
tf.AdamOptimizer

# source: tensorflow/python/ops/template.py make_template_internal (func_ = functools.partial(func_, **kwargs): call-time keywords override)
# tf: 1.15
import tensorflow as tf


def dense(x, units, name="w"):
    return tf.get_variable(name, shape=[units])


t = tf.make_template("tpl", dense, units=3)
print(t(None).get_shape())
print(t(None, name="w").name)
print(tf.compat.v1.make_template is tf.make_template)
t(None, units=4)

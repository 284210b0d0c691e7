# source: tensorflow/python/ops/template.py Template._call_func (except Exception: exc.args = ("%s\n\noriginally defined at:\n%s" % (arg0, trace),) + args[1:]; raise)
# tf: 1.15
# note: an error raised inside a nested template passes through both templates' handlers.
import tensorflow as tf


def inner_fn(name):
    return tf.get_variable(name, shape=[1])


inner = tf.make_template("inner", inner_fn)


def outer_fn(name):
    return inner(name)


outer = tf.make_template("outer", outer_fn)
print(outer("a").name)
try:
    outer("b")
except ValueError as e:
    msg = str(e)
    print(msg.split("\n")[0])
    print(msg.count("originally defined at:"))

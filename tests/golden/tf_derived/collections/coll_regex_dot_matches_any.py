# source: tensorflow/python/framework/ops.py Graph.get_collection (regex = re.compile(scope); regex.match(item.name))
# tf: 1.15
import tensorflow as tf

a = tf.Variable(1.0, name="abc")
b = tf.Variable(1.0, name="a.c")
c = tf.Variable(1.0, name="xabc")
print([v.name for v in tf.global_variables("a.c")])
print([v.name for v in tf.global_variables("a\\.c")])
print([v.name for v in tf.global_variables(".*bc")])

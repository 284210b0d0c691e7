# source: tensorflow/python/framework/ops.py Graph._as_graph_element_locked (KeyError messages; str(KeyError) shows the repr of the message)
# tf: 1.15
import tensorflow as tf

c = tf.constant(1.0, name="c")
g = tf.get_default_graph()
try:
    g.get_tensor_by_name("x:0")
except KeyError as e:
    print(str(e))
try:
    g.get_tensor_by_name("c:1")
except KeyError as e:
    print(str(e))
try:
    g.get_operation_by_name("nope")
except KeyError as e:
    print(str(e))

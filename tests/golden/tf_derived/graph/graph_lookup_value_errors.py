# source: tensorflow/python/framework/ops.py Graph._as_graph_element_locked (types_str "Tensor" / "Operation" in the ValueError messages)
# tf: 1.15
import tensorflow as tf

c = tf.constant(1.0, name="c")
g = tf.get_default_graph()
try:
    g.get_tensor_by_name("c")
except ValueError as e:
    print(e)
try:
    g.get_tensor_by_name("zz")
except ValueError as e:
    print(e)
try:
    g.get_operation_by_name("c:0")
except ValueError as e:
    print(e)

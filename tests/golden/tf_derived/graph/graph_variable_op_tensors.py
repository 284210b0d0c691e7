# source: tensorflow/python/framework/ops.py Graph.get_tensor_by_name + tensorflow/python/ops/variables.py RefVariable._init_from_args (VariableV2 output is a ref tensor, "read" is an Identity)
# tf: 1.15
import tensorflow as tf

v = tf.Variable([1.0, 2.0], name="v")
g = tf.get_default_graph()
print(g.get_tensor_by_name("v:0"))
print(g.get_tensor_by_name("v/read:0"))
print(g.get_tensor_by_name("v/initial_value:0"))

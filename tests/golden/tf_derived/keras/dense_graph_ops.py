# source: tensorflow/python/keras/engine/base_layer_utils.py make_variable (use_resource=True) + tensorflow/python/ops/resource_variable_ops.py ResourceVariable._init_from_args (Initializer, VarHandleOp, IsInitialized/VarIsInitializedOp, Assign, Read/ReadVariableOp) + tensorflow/python/keras/layers/core.py Dense.call (gen_math_ops.mat_mul, nn.bias_add read the variables in their own scopes)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3], name="x")
d = tf.keras.layers.Dense(4, activation="relu")
y = d(x)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
print(y)
print(d.name, d.kernel)
print([v.name for v in tf.trainable_variables()])

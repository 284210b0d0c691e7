# source: tensorflow/python/layers/core_test.py DenseTest.testCallTensorDot ([5, 4, 2]) + tensorflow/python/keras/layers/core.py Dense.call (rank > 2: standard_ops.tensordot(inputs, kernel, [[rank - 1], [0]]), then set_shape) + tensorflow/python/ops/math_ops.py tensordot (fully defined shapes: transpose + reshape each side, MatMul, reshape named after the scope)
# tf: 1.15
import tensorflow as tf

inputs = tf.random_uniform((5, 4, 3), seed=1)
dense = tf.layers.Dense(2, activation=tf.nn.relu, name="my_dense")
outputs = dense(inputs)
print(outputs.get_shape().as_list())
names = [op.name + " " + op.type for op in tf.get_default_graph().get_operations()]
for n in names[names.index("my_dense/bias/read Identity") + 1:]:
    print(n)

# source: tensorflow/python/training/gradient_descent.py GradientDescentOptimizer._apply_dense (training_ops.apply_gradient_descent) + _prepare (convert_to_tensor(learning_rate, name="learning_rate"))
# tf: 1.15
import tensorflow as tf
w = tf.Variable([1.0, 2.0], name="w")
train = tf.train.GradientDescentOptimizer(0.5).minimize(tf.reduce_sum(w))
print(train)
g = tf.get_default_graph()
print(g.get_operation_by_name("GradientDescent/update_w/ApplyGradientDescent").type)
print(g.get_operation_by_name("GradientDescent/learning_rate").type)
print([v.name for v in tf.global_variables()])

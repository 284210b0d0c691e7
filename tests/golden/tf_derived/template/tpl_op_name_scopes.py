# source: tensorflow/python/ops/template.py Template.__call__ (later calls: variable_scope(self._variable_scope, reuse=...)) + tensorflow/python/ops/variable_scope.py variable_scope._enter_scope_uncached (a scope object opens name_scope(name.split("/")[-1]))
# tf: 1.15
# note: the first call's ops share the variables' name scope; each later call gets a fresh line_N scope.
import tensorflow as tf


def test_line(x):
    m = tf.get_variable("w", shape=[], initializer=tf.truncated_normal_initializer())
    b = tf.get_variable("b", shape=[], initializer=tf.truncated_normal_initializer())
    return x * m + b


line_template = tf.make_template("line", test_line)
x = tf.constant([1., 2., 3., 4.])
train_prediction = line_template(x)
test_prediction = line_template(x)
third = line_template(x)
print(train_prediction.name)
print(test_prediction.name)
print(third.name)
print([v.name for v in line_template.variables])
print(line_template.variable_scope.original_name_scope)

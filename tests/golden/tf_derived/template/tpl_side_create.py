# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_enforces_no_extra_trainable_variables_eager (graph mode: assertRaises(ValueError): tmpl(name="2")) + tensorflow/python/ops/variable_scope.py _VariableStore._get_single_variable ("Variable %s does not exist, ...")
# tf: 1.15
# note: in graph mode the later call runs under reuse=True, so get_variable("2") fails before the trainable check.
import tensorflow as tf


def function_with_side_create(trainable, name="side"):
    tf.get_variable(name, shape=[1], trainable=trainable)
    return tf.get_variable("dummy", shape=[1], initializer=tf.zeros_initializer())


tmpl = tf.make_template("s", function_with_side_create, trainable=True)
print(tmpl(name="1").name)
print([v.name for v in tmpl.trainable_variables])
tmpl(name="2")

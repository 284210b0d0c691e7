# source: tensorflow/python/kernel_tests/template_test.py TemplateTest.test_fails_gracefully (assertFalse(templatized_function._variables_created) after a TypeError; assertTrue after a good call) + tensorflow/python/ops/template.py Template._call_func (self._first_call = True on failure)
# tf: 1.15
# note: the deferred template keeps the scope object of its failed first call (f1_1); each call opens a new name scope.
import tensorflow as tf


def module_function_with_one_arg(inputs):
    w = tf.get_variable("w", shape=[1], initializer=tf.zeros_initializer())
    return inputs * w


for create_scope_now in [True, False]:
    templatized_function = tf.make_template("f1", module_function_with_one_arg,
                                            create_scope_now_=create_scope_now)
    data = tf.zeros([1])
    try:
        templatized_function(data, is_training=True)
    except TypeError as e:
        print(str(e).split("\n")[0])
    print(templatized_function._variables_created)
    out = templatized_function(data)
    print(templatized_function._variables_created)
    print(templatized_function.variable_scope.name, out.name)
print([v.name for v in tf.global_variables()])

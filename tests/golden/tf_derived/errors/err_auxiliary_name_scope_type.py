# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testAuxiliaryNameScopeIsInvalid + tensorflow/python/ops/variable_scope.py variable_scope.__init__ ("The auxiliary_name_scope must be `True` or `False`, while get {}")
# tf: 1.15
import tensorflow as tf

try:
    with tf.variable_scope(None, default_name="scope", auxiliary_name_scope="invalid"):
        pass
except TypeError as e:
    print(e)
with tf.variable_scope("scope") as scope:
    pass
with tf.variable_scope(scope, auxiliary_name_scope=1):
    pass

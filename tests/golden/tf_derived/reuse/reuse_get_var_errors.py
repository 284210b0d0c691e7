# source: tensorflow/python/kernel_tests/variable_scope_test.py VariableScopeTest.testVarScopeGetVar (assertRaises for towerA/baz, different shape, dtype=int32) + tensorflow/python/ops/variable_scope.py _get_single_variable messages
# tf: 1.15
import tensorflow as tf

with tf.variable_scope("root"):
    with tf.variable_scope("towerA") as tower_a:
        va = tf.get_variable("v", [1])
    try:
        with tf.variable_scope("towerA"):
            tf.get_variable("v", [1])
    except ValueError as e:
        print(str(e).splitlines()[0])
    try:
        with tf.variable_scope(tower_a, reuse=True):
            with tf.variable_scope("baz"):
                tf.get_variable("v", [1])
    except ValueError as e:
        print(e)
    try:
        with tf.variable_scope(tower_a, reuse=True):
            tf.get_variable("v", [2])
    except ValueError as e:
        print(e)
    try:
        with tf.variable_scope(tower_a, reuse=True):
            tf.get_variable("v", [1], dtype=tf.int32)
    except ValueError as e:
        print(e)

# source: tensorflow/python/training/adagrad_test.py AdagradOptimizerTest.testSparseStability (self.assertEqual(["accumulator"], ada_opt.get_slot_names())) + adagrad.py _create_slots (constant_initializer)
# tf: 1.15
import tensorflow as tf
w = tf.get_variable("w", [3])
ada_opt = tf.train.AdagradOptimizer(3.0, initial_accumulator_value=0.1)
ada_update = ada_opt.minimize(tf.reduce_sum(w))
print(ada_opt.get_slot_names())
print(ada_opt.get_slot(w, "accumulator").name)
print(tf.get_default_graph().get_operation_by_name("w/Adagrad/Initializer/Const").type)
print(tf.get_default_graph().get_operation_by_name("Adagrad/update_w/ApplyAdagrad").type)
print(ada_update)

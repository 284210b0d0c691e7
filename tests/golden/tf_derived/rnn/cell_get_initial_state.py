# source: tensorflow/python/kernel_tests/rnn_test.py RNNTest.testCellGetInitialState (assertRaisesRegexp "batch_size and dtype cannot be None", "batch size from input tensor is different from", "dtype from input tensor is different from"; initial_state.shape.as_list() == [None, 5]) + rnn_cell_impl.py RNNCell.get_initial_state
# tf: 1.15
# note: an unknown batch size becomes array_ops.shape(inputs)[0] (Shape, strided_slice) and the zero state's shape is built with ExpandDims.
import tensorflow as tf

cell = tf.nn.rnn_cell.BasicRNNCell(5)
try:
    cell.get_initial_state(None, None, None)
except ValueError as e:
    print(e)
inputs = tf.placeholder(tf.float32, shape=(None, 4, 1))
try:
    cell.get_initial_state(inputs=inputs, batch_size=50, dtype=None)
except ValueError as e:
    print(e)
try:
    cell.get_initial_state(inputs=inputs, batch_size=None, dtype=tf.int16)
except ValueError as e:
    print(e)
initial_state = cell.get_initial_state(inputs=inputs, batch_size=None, dtype=None)
print(initial_state.shape.as_list(), initial_state.dtype == inputs.dtype)
print(initial_state.name)
print(tf.get_default_graph().get_operation_by_name("strided_slice").type)

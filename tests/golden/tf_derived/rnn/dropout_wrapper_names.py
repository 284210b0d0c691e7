# source: tensorflow/python/ops/rnn_cell_wrapper_impl.py DropoutWrapperBase.__init__ (with ops.name_scope("DropoutWrapperInit"): ops.convert_to_tensor(prob) for input, state, output keep probs) + _call_wrapped_cell (cell_call_fn(inputs, state) then nn_ops.dropout_v2 on the output) + rnn_cell_impl._RNNCellWrapperV1.__call__
# tf: 1.15
# note: the wrapper opens no variable scope, so the variables keep the wrapped cell's names.
import tensorflow as tf

cell = tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.BasicLSTMCell(4), output_keep_prob=0.5)
print([op.name for op in tf.get_default_graph().get_operations()])
x = tf.zeros([2, 3])
out, state = cell(x, cell.zero_state(2, tf.float32))
print(out.name)
print(state.h.name)
print([v.name for v in tf.global_variables()])
print([v.name for v in cell.trainable_variables])
print(cell.state_size, cell.output_size)

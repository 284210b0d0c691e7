# source: tensorflow/python/ops/rnn_cell_impl.py RNNCell.zero_state (with ops.name_scope(type(self).__name__ + "ZeroState", values=[batch_size])) + _zero_state_tensors (c = _concat(batch_size, s); array_ops.zeros(c, dtype); set_shape(c_static)) + _concat (constant_op.constant(p.as_list(), dtype=dtypes.int32); array_ops.concat((p, s), 0))
# tf: 1.15
import tensorflow as tf

cell = tf.nn.rnn_cell.BasicLSTMCell(16)
s = cell.zero_state(32, tf.float32)
print(s)
print([op.name for op in tf.get_default_graph().get_operations()])
print([op.type for op in tf.get_default_graph().get_operations()][:6])

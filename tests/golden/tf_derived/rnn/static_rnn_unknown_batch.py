# source: tensorflow/python/ops/rnn.py static_rnn (batch_size = array_ops.shape(first_input)[0] when the static batch size is unknown) + rnn_cell_impl.py _concat (array_ops.expand_dims(p, 0) for a scalar tensor prefix) and _zero_state_tensors (size.set_shape(c_static))
# tf: 1.15
import tensorflow as tf

inputs = [tf.placeholder(tf.float32, [None, 3]) for _ in range(2)]
outputs, state = tf.nn.static_rnn(tf.nn.rnn_cell.BasicRNNCell(4), inputs, dtype=tf.float32)
g = tf.get_default_graph()
print([g.get_operation_by_name(n).type for n in ["rnn/Shape", "rnn/strided_slice",
                                                   "rnn/BasicRNNCellZeroState/ExpandDims"]])
print(g.get_tensor_by_name("rnn/BasicRNNCellZeroState/zeros:0"))
print([o.name for o in outputs], state.shape)

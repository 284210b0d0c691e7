# source: tensorflow/python/kernel_tests/rnn_test.py Plus1RNNCell + RNNTest.testBatchSizeFromInput (assertEqual(3, outputs.shape[0]); assertEqual(3, state.shape[0]); None without a static batch size) + control_flow_ops.py while_loop (the counter's add precedes the body)
# tf: 1.15
# note: a cell that overrides __call__ creates its ops directly in rnn/while/, after the counter's "add".
import tensorflow as tf


class Plus1RNNCell(tf.nn.rnn_cell.RNNCell):
    @property
    def output_size(self):
        return 5

    @property
    def state_size(self):
        return 5

    def __call__(self, input_, state, scope=None):
        out = input_ + 1
        print(out.name)
        return (out, state + 1)


cell = Plus1RNNCell()
inputs = tf.placeholder(tf.float32, shape=(3, 4, 5))
outputs, state = tf.nn.dynamic_rnn(cell, inputs, dtype=tf.float32)
print(outputs.shape[0], state.shape[0])
outputs, state = tf.nn.dynamic_rnn(cell, inputs, initial_state=tf.placeholder(tf.float32, shape=(3, 5)))
print(outputs.shape[0], state.shape[0])
inputs = tf.placeholder(tf.float32, shape=(None, 4, 5))
outputs, state = tf.nn.dynamic_rnn(cell, inputs, dtype=tf.float32)
print(outputs.shape.dims[0].value, state.shape.dims[0].value, state.name)

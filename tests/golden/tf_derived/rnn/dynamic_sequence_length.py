# source: tensorflow/python/ops/rnn.py dynamic_rnn (sequence_length = array_ops.identity(sequence_length, name="sequence_length"); "sequence_length must be a vector of length batch_size, but saw shape: %s") + bidirectional_dynamic_rnn._reverse (array_ops.reverse_sequence when seq_lengths is given)
# tf: 1.15
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 10, 4])
lengths = tf.placeholder(tf.int32, [None])
outputs, state = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(3), x, sequence_length=lengths, dtype=tf.float32)
print(tf.get_default_graph().get_operation_by_name("rnn/sequence_length").type)
print(outputs.name, state.name)
(fw, bw), _ = tf.nn.bidirectional_dynamic_rnn(tf.nn.rnn_cell.GRUCell(3), tf.nn.rnn_cell.GRUCell(3), x,
                                              sequence_length=lengths, dtype=tf.float32)
print(fw.name, bw.name)
tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(3), x, sequence_length=tf.placeholder(tf.int32, [None, 2]),
                  dtype=tf.float32, scope="bad")

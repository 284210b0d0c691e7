# source: tensorflow/python/ops/rnn_cell_impl.py _check_supported_dtypes ("RNN cell only supports floating point inputs, but saw dtype: %s")
# tf: 1.15
import tensorflow as tf

tf.nn.rnn_cell.GRUCell(3, dtype=tf.int32)

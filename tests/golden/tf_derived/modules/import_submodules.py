# source: TF 1.15's API golden (tensorflow/tools/api/golden/v1/tensorflow.keras.layers.pbtxt, tensorflow.nn.rnn_cell.pbtxt, tensorflow.train.pbtxt): these are importable modules of the tensorflow package
# tf: 1.15
import tensorflow.keras.layers
from tensorflow.nn import rnn_cell
from tensorflow.train import AdamOptimizer
import tensorflow as tf

print(tensorflow.keras.layers.Dense is tf.keras.layers.Dense)
print(rnn_cell.BasicLSTMCell is tf.nn.rnn_cell.BasicLSTMCell)
print(AdamOptimizer is tf.train.AdamOptimizer)
x = tf.placeholder(tf.float32, [None, 4])
y = tensorflow.keras.layers.Dense(3)(x)
print(y.name)

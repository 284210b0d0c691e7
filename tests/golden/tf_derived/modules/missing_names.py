# source: TF 1.15's API golden (tensorflow/tools/api/golden/v1/tensorflow.layers.pbtxt lists separable_conv2d; tensorflow.pbtxt has no no_such_name): a name TF has but scopeplay lacks is "not supported", a name TF lacks is an AttributeError, also after the builders are loaded
# tf: 1.15
import tensorflow as tf

try:
    tf.layers.separable_conv2d
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    tf.no_such_name
except AttributeError as e:
    print("AttributeError:", e)
print(tf.layers.Dense.__name__)

# source: tensorflow/python/training/optimizer.py _get_processor (v.op.type == "VarHandleOp": _DenseResourceVariableProcessor, whose ResourceApply* updates scopeplay does not model, so it refuses instead of naming ops wrongly)
# tf: 1.15
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
y = tf.keras.layers.Dense(2)(x)
print(tf.trainable_variables()[0].op.type)
train = tf.train.AdamOptimizer().minimize(tf.reduce_sum(y))

import tensorflow as tf

def embedding(ids):
    # AUTO_REUSE: create on the first call, reuse on every later one.
    with tf.variable_scope("embedding", reuse=tf.AUTO_REUSE):
        table = tf.get_variable("table", [100, 8])
    return table

t1 = embedding(None)
t2 = embedding(None)
print(t1.name)
print(t1 is t2)
print(len(tf.global_variables()))

import tensorflow as tf

with tf.variable_scope("model") as model_scope:
    w = tf.get_variable("w", [1])

# Pass the scope object instead of a string: the same scope is re-entered
# from anywhere, even from inside another scope.
with tf.variable_scope("other"):
    with tf.variable_scope(model_scope, reuse=True):
        w2 = tf.get_variable("w", [1])
        print(tf.get_variable_scope().name)

print(model_scope.name)
print(w2.name, w is w2)

// The snippets the WebAssembly benchmarks run.

// A graph-building snippet: nested scopes, variables, reuse and ops.
export const GRAPH = `import tensorflow as tf

def layer(x, size, name):
    with tf.variable_scope(name):
        w = tf.get_variable('w', shape=[size, size])
        b = tf.get_variable('b', shape=[size], initializer=tf.zeros_initializer())
        return tf.nn.relu(tf.matmul(x, w) + b)

x = tf.placeholder(tf.float32, shape=[None, 8], name='x')
with tf.variable_scope('model'):
    h = x
    for i in range(12):
        h = layer(h, 8, 'layer%d' % i)
with tf.variable_scope('model', reuse=True):
    w0 = tf.get_variable('layer0/w')
with tf.name_scope('loss'):
    loss = tf.reduce_mean(tf.square(h))
print(w0.name, loss.name, len(tf.global_variables()))
`;

// A small snippet, like one edit in the playground.
export const SMALL = `import tensorflow as tf
with tf.variable_scope('V1'):
    a = tf.get_variable('a1', shape=[2, 3])
with tf.name_scope('V1'):
    b = tf.Variable(tf.zeros([2]), name='b')
print(a.name, b.name)
`;

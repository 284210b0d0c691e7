# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
with tf.variable_scope("V1"):
    pass

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
shape = [2, 3]
assert len(shape) == 3, "expected rank 3, got %d" % len(shape)

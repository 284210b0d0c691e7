# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
d = {(1, 2): "a"}
d[(2, 1)]

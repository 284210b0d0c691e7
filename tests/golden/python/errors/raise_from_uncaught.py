# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    {}["k"]
except KeyError as e:
    raise RuntimeError("failed to build layer") from e

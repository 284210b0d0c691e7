# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
raise ValueError("shape must be rank 2")

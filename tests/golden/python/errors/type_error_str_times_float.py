# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
"ab" * 2.0

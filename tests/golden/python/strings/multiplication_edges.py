# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(repr("ab" * -1), repr("ab" * 0), [0] * -2, (1, 2) * 2)

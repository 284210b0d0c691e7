# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for i in range(4):
    pass
print(i)
for k in {"a": 1, "b": 2}:
    pass
print(k)

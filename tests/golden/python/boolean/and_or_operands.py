# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", None or [] or "last", [] and "x")
print(None and 1, 0 or None)
x = []
name = x or "fallback"
print(name)

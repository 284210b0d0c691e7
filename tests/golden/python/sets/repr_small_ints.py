# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print({1}, set(), {(1, 2)})
s = {5}
s.update([5])
print(s, s.pop(), s)

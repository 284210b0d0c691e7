# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
n = 3
print([[i * n for i in range(2)] for n in range(2)])
print(n)
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)

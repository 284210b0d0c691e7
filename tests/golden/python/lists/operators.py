# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print([1, 2] + [3], [0] * 3, [1, 2] * 0)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 0])
l = [1, 2, 3]
print(len(l), 2 in l, min(l), max(l), sum(l))

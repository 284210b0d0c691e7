# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2])
print(list(zip(*m)), [sum(col) for col in zip(*m)])

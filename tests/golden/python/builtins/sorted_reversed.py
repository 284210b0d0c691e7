# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))))
print(sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a")]))

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(2 in [1, 2, 3], 4 not in [1, 2], "a" in "cat", "at" in "cat")
print("k" in {"k": 1}, 1 in {"k": 1}, 3 in range(5), 5 in range(5))
print(2 in (1, 2), 9 in {1, 9}, "" in "abc")

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(sorted(s), len(s), 2 in s, 3 in s)
print(sorted(set([1, 1, 2])), set() == set(), {1} == {1})

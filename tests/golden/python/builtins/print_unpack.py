# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
args = ["a", "b", "c"]
print(*args)
print(*args, sep="/")
print(*[])
print(*range(3), *"xy", sep=",")

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 10
name = "w"
print(f"{x=}")
print(f"{x * 2=}")
print(f"{name=}")
print(f"{x = }")
print(f"{x=:04d}")

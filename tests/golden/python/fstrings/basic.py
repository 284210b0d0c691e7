# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
name = "dense"
units = 64
print(f"{name}/{units}")
print(f"layer {name!r} has {units * 2} params")
print(f"{{literal braces}} {name}")
print(f"{'nested quotes'}")
print(F"upper F {1 + 1}")

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
width = 8
prec = 3
v = 2.0 / 3
print(f"{v:{width}.{prec}f}|")
print(f"{'x':>{width}}|")
fmt = ".1f"
print(f"{v:{fmt}}")

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
a = 3
b = "big" if a > 2 else "small"
print(b)
print("neg" if a < 0 else "zero" if a == 0 else "pos")
print((lambda v: "even" if v % 2 == 0 else "odd")(a))

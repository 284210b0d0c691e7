# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
n = 0
while n < 3:
    print(n)
    n += 1
print("done", n)

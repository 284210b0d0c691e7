# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1 == 1.0, 1 < 2 > 0 != 3)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(0) < v(2))
print(v(1) < v(3) < v(2))

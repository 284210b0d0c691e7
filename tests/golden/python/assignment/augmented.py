# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 4
print(x)
x /= 2
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
n = 6
n <<= 2
n |= 1
n ^= 3
n &= 0xF
n >>= 1
print(n)

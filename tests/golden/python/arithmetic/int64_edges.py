# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
big = 2 ** 62
print(big, big + (big - 1))
print((-2) ** 63, -(2 ** 62) * 2)
print(9223372036854775807, -9223372036854775807 - 1)
print(3037000499 * 3037000499)
print(9223372036854775807 // 10, 9223372036854775807 % 10)

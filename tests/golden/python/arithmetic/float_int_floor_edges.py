# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(-7 // 2.0, 7 // -2.0, -0.5 // 1, 0.5 // -1)
print(-7 % 2.5, 7 % -2.5, -1e-20 % 1.0, 5 % 1.5)
print(divmod(-7, 2.5), divmod(7.0, -0.5))

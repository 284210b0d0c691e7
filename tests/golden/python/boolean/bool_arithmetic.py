# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(True + 1, True == 1, False == 0, sum([True, True, False]))
print(bool(0), bool(-1), bool("False"), bool([]), bool(None))
print(True and "yes", isinstance(True, int), int(True))

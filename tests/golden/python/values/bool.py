# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(True, False, repr(True), str(False))
print(True == 1, True is not False, int(False), bool("x"))
print(str(True) + "!", f"{True}", "%s %d" % (True, True))

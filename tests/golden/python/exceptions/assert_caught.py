# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("empty:", repr(e))
assert True, "never"
print("ok")

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f():
    """Return one."""
    return 1
print(f(), f.__doc__)

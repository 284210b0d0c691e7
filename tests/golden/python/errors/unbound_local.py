# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
count = 0
def bump():
    count += 1
bump()

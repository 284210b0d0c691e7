# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught RecursionError:", e)
print("still alive")

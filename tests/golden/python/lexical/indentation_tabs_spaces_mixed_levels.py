# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f(x):
  if x:
        return "deep"
  return "shallow"
print(f(1), f(0))

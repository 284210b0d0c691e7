# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Cfg:
    sizes = [1, 2, 3]
    total = 0
    for s in sizes:
        total += s
    doubled = [s * 2 for s in sizes]
print(Cfg.total, Cfg.doubled)

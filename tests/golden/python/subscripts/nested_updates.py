# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid)
cfg = {"layers": {"dense": {"units": 8}}}
cfg["layers"]["dense"]["units"] *= 2
print(cfg)

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
rows = [("conv1", (5, 5, 1, 32), 832), ("conv2", (5, 5, 32, 64), 51264), ("fc", (3136, 10), 31370)]
print("{:<8}{:>16}{:>10}".format("name", "shape", "params"))
print("-" * 34)
for name, shape, params in rows:
    print("{:<8}{:>16}{:>10,}".format(name, str(shape), params))
print("total: %d" % sum(r[2] for r in rows))

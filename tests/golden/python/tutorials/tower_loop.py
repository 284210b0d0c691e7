# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
towers = []
for gpu in range(3):
    tower = "tower_%d" % gpu
    reuse = gpu > 0
    towers.append({"name": tower, "reuse": reuse, "device": "/gpu:%d" % gpu})
for t in towers:
    print("{name:<8} reuse={reuse!s:<5} device={device}".format(**t))
print(sum(1 for t in towers if t["reuse"]))

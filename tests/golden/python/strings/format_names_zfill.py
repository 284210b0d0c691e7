# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for i in [1, 10, 100]:
    print("ckpt-" + str(i).zfill(5), "step_{:04d}".format(i), f"layer{i:03}")

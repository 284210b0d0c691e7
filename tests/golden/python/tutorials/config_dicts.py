# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
configs = {
    "mnist": {"hidden": [128, 64], "lr": 1e-3, "batch": 32},
    "cifar": {"hidden": [512, 256, 128], "lr": 5e-4, "batch": 64},
}
for name in sorted(configs):
    cfg = configs[name]
    params = 0
    prev = 784 if name == "mnist" else 3072
    for h in cfg["hidden"] + [10]:
        params += prev * h + h
        prev = h
    print("%-6s layers=%d lr=%g batch=%d params=%d" % (name, len(cfg["hidden"]), cfg["lr"], cfg["batch"], params))

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
configs = {
    "small": {"units": [32, 16], "lr": 0.01},
    "large": {"units": [256, 128, 64], "lr": 0.001},
}
for name, cfg in configs.items():
    print(name, len(cfg["units"]), cfg["lr"], sum(cfg["units"]))
configs["small"]["units"].append(8)
print(configs["small"])

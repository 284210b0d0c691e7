# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def load(cfg):
    return cfg["path"]
def build(cfg):
    return load(cfg)
def main():
    return build({"name": "m"})
print("start")
main()

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
s = "layer_1/layer_1/w"
print(s.replace("layer_1", "L"))
print(s.replace("layer", "x", 1))
print("aaa".replace("a", "bb"), "abc".replace("", "-"))

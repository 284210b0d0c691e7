# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
layer_sizes = [784, 256, 128, 10]
names = []
for i in range(len(layer_sizes) - 1):
    name = "layer_%d" % (i + 1)
    shape = (layer_sizes[i], layer_sizes[i + 1])
    names.append(name)
    print("{}/weights shape={}".format(name, shape))
    print(f"{name}/biases shape=({layer_sizes[i + 1]},)")
print(names)

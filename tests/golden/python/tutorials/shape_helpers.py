# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def conv_output(size, kernel, stride=1, padding="VALID"):
    if padding == "SAME":
        return -(-size // stride)
    return (size - kernel) // stride + 1
for pad in ("VALID", "SAME"):
    sizes = [28]
    for k, s in [(5, 1), (2, 2), (5, 1), (2, 2)]:
        sizes.append(conv_output(sizes[-1], k, s, pad))
    print(pad, sizes)

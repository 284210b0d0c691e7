# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def batches(data, size):
    for start in range(0, len(data), size):
        yield data[start:start + size]
data = list(range(10))
for i, b in enumerate(batches(data, 4)):
    print("batch", i, b, "mean=%.2f" % (sum(b) / len(b)))

# String formatting: f-strings, %-formatting, str.format and joins, as name-building code does.
parts = []
for i in range(100000):
    name = f"layer_{i}/kernel:{i % 3}"
    other = "%s_%d" % ("dense", i)
    third = "{}/{}".format(name, other)
    if i % 1000 == 0:
        parts.append(third)
print(len(parts), parts[-1], "/".join(parts[:3]))

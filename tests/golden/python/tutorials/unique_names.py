# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
used = {}
def unique_name(name):
    key = name.lower()
    i = used.get(key, 0)
    used[key] = i + 1
    if i == 0:
        return name
    while "%s_%d" % (key, i) in used:
        i += 1
    used["%s_%d" % (key, i)] = 1
    return "%s_%d" % (name, i)
for n in ["foo", "foo", "foo_2", "foo", "Foo", "bar"]:
    print(unique_name(n))

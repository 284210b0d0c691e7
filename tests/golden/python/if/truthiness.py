# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for v in [0, 1, "", "a", [], [0], {}, {"a": 1}, None, 0.0, 2.5, (), (1,), set()]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

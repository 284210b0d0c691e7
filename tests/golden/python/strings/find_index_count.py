# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
s = "tf.variable_scope"
print(s.find("scope"), s.find("missing"), s.rfind("a"), s.index("v"))
print(s.count("a"), s.count("e"), "aaaa".count("aa"), s.count(""))
print(s.find("a", 5), s.rindex("e"))

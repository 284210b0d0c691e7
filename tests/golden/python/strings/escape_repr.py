# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print(repr("a\nb"), repr("\\"), repr("\t"), repr("\x00"), repr("é"))
print("a\\b", len("\\n"))

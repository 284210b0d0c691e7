# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
s = "  Hello World  "
print(s.strip().lower().replace("world", "scope").split())
print(",".join(str(i) for i in range(3)).upper())

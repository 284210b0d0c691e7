# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
s = "hello World example"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("ABC".isupper(), "abc".islower(), "Title Case".istitle())
print("they're bill's".title())

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for s in ["123", "12a", "", "abc", "  ", "a1", "Ab"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace())
print("x_1".isidentifier(), "1x".isidentifier())

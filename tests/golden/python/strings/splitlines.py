# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
text = "line one\nline two\r\nline three\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "single".splitlines())

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
# a full-line comment
x = 1  # trailing comment
# print("commented out")
print(x)  # print one
"""a module-level string
spanning lines"""
print("#not a comment")

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
total = 1 + \
        2 + \
        3
print(total)
items = [
    "a",
    "b",  # trailing comma and comment
]
print(items)
s = ("implicit "
     "concatenation")
print(s)
if total > 5 and \
   len(items) == 2:
    print("continued condition")
result = max(1,
             5,
             3)
print(result)

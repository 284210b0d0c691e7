# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for i in range(3):
    if i == 5:
        break
else:
    print("no break")
for i in range(10):
    if i == 2:
        print("breaking at", i)
        break
else:
    print("never")
for x in []:
    pass
else:
    print("empty loop else")

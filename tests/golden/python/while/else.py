# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("after", n)

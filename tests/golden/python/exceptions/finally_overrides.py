# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def f():
    try:
        return 1
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()

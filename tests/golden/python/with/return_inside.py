# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit")
def f():
    with CM():
        return "value"
print(f())
for i in range(3):
    with CM():
        if i == 1:
            break
        print("loop", i)

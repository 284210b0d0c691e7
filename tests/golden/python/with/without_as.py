# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Log:
    def __enter__(self):
        print("open")
    def __exit__(self, *a):
        print("close")
with Log():
    print("work")
with Log() as x:
    print(x)

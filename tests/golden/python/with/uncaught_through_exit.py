# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")
with CM():
    raise RuntimeError("escaped the with block")

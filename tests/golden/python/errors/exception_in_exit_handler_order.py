# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__)
        return False
def work():
    with CM():
        with CM():
            raise KeyError("inner")
work()

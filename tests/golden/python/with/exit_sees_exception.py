# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Watch:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit got", exc_type.__name__ if exc_type else None)
        return False
try:
    with Watch():
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Watch():
    pass

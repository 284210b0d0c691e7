# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("suppressed", exc_type.__name__, exc)
        return True
with Suppress():
    print("before")
    raise ValueError("boom")
    print("not reached")
print("continues")

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Base:
    def call(self):
        raise NotImplementedError("subclasses implement call")
Base().call()

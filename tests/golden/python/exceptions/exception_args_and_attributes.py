# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class ShapeError(ValueError):
    def __init__(self, expected, got):
        super().__init__("expected %s, got %s" % (expected, got))
        self.expected = expected
        self.got = got
try:
    raise ShapeError((2, 3), (3, 2))
except ValueError as e:
    print(e)
    print(e.expected, e.got, e.args)
    print(isinstance(e, ShapeError), isinstance(e, Exception))

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as err:
    print(err, type(err.__cause__).__name__, repr(err.__cause__))
try:
    raise RuntimeError("x") from None
except RuntimeError as err:
    print(err, err.__cause__)

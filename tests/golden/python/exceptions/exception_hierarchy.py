# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for exc in [ValueError("v"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), TypeError("t"), AttributeError("a"), NameError("n"), StopIteration(), RuntimeError("r"), NotImplementedError("ni"), RecursionError("re"), UnboundLocalError("u"), AssertionError("as"), OverflowError("o")]:
    bases = []
    for cls in [LookupError, ArithmeticError, RuntimeError, NameError, Exception]:
        if isinstance(exc, cls):
            bases.append(cls.__name__)
    print(type(exc).__name__, bases)

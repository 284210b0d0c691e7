# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
for cls in [Exception, ValueError, TypeError, KeyError, IndexError, AttributeError, NameError, ZeroDivisionError, StopIteration, AssertionError, RuntimeError, NotImplementedError, RecursionError, UnboundLocalError, LookupError, ArithmeticError, OverflowError, ImportError, ModuleNotFoundError, SyntaxError, IndentationError, BaseException]:
    print(cls.__name__, issubclass(cls, Exception), issubclass(cls, LookupError))

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class TFError(Exception):
    pass
class NotFound(TFError):
    pass
class AlreadyExists(TFError):
    pass
for cls in (NotFound, AlreadyExists):
    try:
        raise cls("variable v")
    except NotFound as e:
        print("not found:", e)
    except TFError as e:
        print("tf error:", type(e).__name__, e)

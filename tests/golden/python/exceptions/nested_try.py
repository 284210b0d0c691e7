# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def parse(s):
    try:
        try:
            return int(s)
        except ValueError:
            return float(s)
    except ValueError:
        return None
print(parse("3"), parse("2.5"), parse("x"))

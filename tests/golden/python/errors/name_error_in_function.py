# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def build():
    return weights * 2
build()

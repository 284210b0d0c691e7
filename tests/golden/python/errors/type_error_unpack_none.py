# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def get_shape():
    pass
rows, cols = get_shape()

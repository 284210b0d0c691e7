# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def inner():
    raise KeyError("deep")
def middle():
    inner()
def outer():
    try:
        middle()
    except KeyError as e:
        return "outer caught " + str(e)
print(outer())

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_global():
    global created
    created = "yes"
make_global()
print(created)

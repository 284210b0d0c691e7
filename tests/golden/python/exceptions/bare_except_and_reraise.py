# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
try:
    try:
        int("abc")
    except:
        print("inner caught")
        raise
except ValueError as e:
    print("outer:", e)

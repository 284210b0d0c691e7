# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError:
    print("RecursionError caught")
print("recovered", sum(range(10)))

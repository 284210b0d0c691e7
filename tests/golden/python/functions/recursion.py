# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])

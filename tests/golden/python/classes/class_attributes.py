# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
        self.id = Counter.created
a = Counter()
b = Counter()
print(a.id, b.id, Counter.created, a.created)
a.created = 100
print(a.created, b.created, Counter.created)

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
s = "it's"
print(f"{s!r} {s!s} {s}")
print(f"{[1, 'a']!s} {3.0!r}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"{P()} {P()!r}")

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
pi = 3.14159265
print(f"{pi:.2f} {pi:8.3f}| {pi:<8.1f}| {pi:e}")
print(f"{42:5d}|{42:<5d}|{42:^5d}|{42:05d}|{42:+d}")
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#b}")
print(f"{1234567:,} {1234567.891:,.2f} {0.25:.1%}")
print(f"{'ab':>5}|{'ab':<5}|{'ab':^6}|{'ab':*^6}")
print(f"{3:03} {-3:04d} {7.0:g} {0.00001:g} {1e20:g}")

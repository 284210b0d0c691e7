# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
x = 1234567.891
print(f"{x:,.2f} {x:_.1f} {x:=^20.1f} {x:>+15,.0f}")
print(f"{-5:+} {5: } {0:#x} {-255:#06x} {3.0:#g}")
print(f"{'abc':.2} {'abc':>5.1}|{12:<#6o}|")
print(f"{True:d} {True} {False!r} {None}")
print(f"{1e300 * 10:f} {float('nan'):.3f} {-0.0:+.2f}")

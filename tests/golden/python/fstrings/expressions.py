# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
d = {"units": 16}
items = [1, 2, 3]
print(f"{d['units']} {items[-1]} {len(items)} {sum(items) / len(items)}")
print(f"{'yes' if items else 'no'} {', '.join(map(str, items))}")

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
name = "w"
d = {"k": "v"}
print(f'{name}:0', f"{d['k']}", f'{d["k"]}')
print(f"{0.1 + 0.2}", f"{10 // 3}", f"{-7 % 3}")
print(f"{'a' + 'b'!r:>6}")
print(f"{name!r:^7}|")

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
results = []
for v in ["1", "x", "3", "stop", "5"]:
    try:
        if v == "stop":
            break
        results.append(int(v))
    except ValueError:
        print("skip", v)
        continue
    finally:
        print("checked", v)
print(results)

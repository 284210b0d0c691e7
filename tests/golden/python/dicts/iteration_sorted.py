# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
scores = {"c": 3, "a": 1, "b": 2}
for k in sorted(scores):
    print(k, scores[k])
print(sorted(scores.items(), key=lambda kv: -kv[1]))
print(max(scores, key=scores.get))

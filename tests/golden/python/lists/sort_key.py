# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
words.sort(key=len, reverse=True)
print(words)

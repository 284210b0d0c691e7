# List building: append, comprehensions, slicing, sorting, dict updates.
rows = []
for i in range(200000):
    rows.append(i * 2)
squares = [x * x for x in rows if x % 3 == 0]
index = {}
for i, x in enumerate(squares[:50000]):
    index[x % 1000] = i
ordered = sorted(rows[::7], reverse=True)
print(len(rows), len(squares), len(index), ordered[:3], sum(squares[:1000]))

# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
losses = [2.5, 1.75, 1.125, 0.875, 0.625]
best = None
for epoch, loss in enumerate(losses, start=1):
    improved = best is None or loss < best
    if improved:
        best = loss
    print(f"epoch {epoch:02d} loss={loss:.4f}{' *' if improved else ''}")
print(f"best={best}")

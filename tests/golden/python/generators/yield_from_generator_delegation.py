# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
def leaves(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from leaves(sub)
    else:
        yield tree
print(list(leaves([1, [2, [3, 4]], [], [[5]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1], range(2))))

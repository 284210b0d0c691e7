# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
print('single', "double", '''triple''', """triple double""")
print("tab\tsep", "new\\nline")
print(r"raw\n", 'it\'s', "q\"q")
print("unicode é", len("é"))
print("a" "b" 'c')
print("""line1
line2""")

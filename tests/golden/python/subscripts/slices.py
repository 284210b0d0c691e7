# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7])
print(l[::2], l[1::3], l[::-1], l[8:2:-2], l[-1:-4:-1])
print(l[100:], l[-100:2], l[5:2])
s = "abcdef"
print(s[::-1], s[1:-1], s[::2], s[10:], s[-2:])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])

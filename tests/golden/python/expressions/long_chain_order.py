# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
# Operator chains longer than 16 terms are evaluated in one frame by scopeplay
# (a recursion per term would overflow a browser worker's stack): operands
# still left to right, each operator applied as soon as its right operand is
# known, and operators still dispatch to __add__ / __radd__.
log = []


def v(x):
    log.append(x)
    return x


total = v(1) + v(2) - v(3) + v(4) * v(5) + v(6) + v(7) + v(8) + v(9) + v(10) + v(11) + v(12) + v(13) + v(14) + v(15) + v(16) + v(17) + v(18) + v(19) - v(20)
print(total)
print(log)


class Loud:
    def __init__(self, name):
        self.name = name

    def __add__(self, other):
        print('add', self.name, other)
        return Loud(self.name + '+' + str(other))

    def __radd__(self, other):
        print('radd', other, self.name)
        return Loud(str(other) + '+' + self.name)


r = 0 + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + Loud('L') + 'x' + 'y'
print(r.name)
s = 'a' + 'b' + 'c' + 'd' + 'e' + 'f' + 'g' + 'h' + 'i' + 'j' + 'k' + 'l' + 'm' + 'n' + 'o' + 'p' + 'q' + 'r'
print(s)
n = (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18) * 2 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1
print(n)
print(2 ** 2 ** 3 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1)

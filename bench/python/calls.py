# Function calls: positional, keyword and default arguments, a method call.
def add(a, b, scale=1):
    return (a + b) * scale

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n

c = Counter()
total = 0
for i in range(300000):
    total += add(i, 1)
    total += add(a=i, b=2, scale=2)
    c.bump(1)
print(total, c.n)

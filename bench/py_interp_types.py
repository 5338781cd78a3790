# CPython peer of bench/interp's declared-type workloads (the same programs as the Loupe cells there), with
# __slots__ classes as a careful Python programmer writes them.
"""Usage: py_interp_types.py WHICH [--reps N]

WHICH is one of particles, expr. Prints `WHICH result=R median T s`
(time.perf_counter, median of N reps after one warm-up; expr's tree is built once, outside the timing).
"""
import argparse
import statistics
import sys
import time


class Particle:
    __slots__ = ("x", "y", "vx", "vy")

    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0 or self.x > 100:
            self.vx = -self.vx
        if self.y < 0 or self.y > 100:
            self.vy = -self.vy


def particles():
    n, steps = 1000, 200
    ps = [Particle(float(i % 100), float(i * 7 % 100), float(i % 5) - 2.0, 1.5 - float(i % 3)) for i in range(n)]
    for _ in range(steps):
        for p in ps:
            p.step(0.5)
    total = 0.0
    for p in ps:
        total += p.x + p.y
    return total


class Number:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def evaluate(self):
        return self.value


class Add:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def evaluate(self):
        return self.a.evaluate() + self.b.evaluate()


class Multiply:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def evaluate(self):
        return self.a.evaluate() * self.b.evaluate()


class Negate:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a

    def evaluate(self):
        return -self.a.evaluate()


def build(depth, seed):
    if depth == 0:
        return Number((seed % 10) / 4.0)
    k = seed % 3
    if k == 0:
        return Add(build(depth - 1, (seed * 7 + 1) % 1000), build(depth - 1, (seed * 3 + 2) % 1000))
    if k == 1:
        return Multiply(build(depth - 1, (seed * 5 + 3) % 1000), Number(0.5))
    return Negate(Add(build(depth - 1, (seed + 11) % 1000), build(depth - 1, (seed * 9 + 4) % 1000)))


TREE = None


def expr():
    total = 0.0
    for _ in range(10):
        total += TREE.evaluate()
    return total


BENCHES = {"particles": particles, "expr": expr}


def main():
    global TREE
    ap = argparse.ArgumentParser()
    ap.add_argument("which", choices=list(BENCHES))
    ap.add_argument("--reps", type=int, default=5)
    a = ap.parse_args()
    sys.setrecursionlimit(10_000)
    if a.which == "expr":
        TREE = build(18, 1)
    fn = BENCHES[a.which]
    fn()
    ts = []
    for _ in range(a.reps):
        t0 = time.perf_counter()
        r = fn()
        ts.append(time.perf_counter() - t0)
    print(f"{a.which} result={r} median {statistics.median(ts):.4f} s")


if __name__ == "__main__":
    main()

# CPython peer of bench/interp's write workloads (the same programs as the Loupe cells there).
"""Usage: py_interp_writes.py WHICH [--reps N]

WHICH is one of sieve, fill, grid, dict. Prints `WHICH result=R median T s`
(time.perf_counter, median of N reps after one warm-up).
"""
import argparse
import statistics
import time


def sieve():
    n = 2_000_000
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            j = i * i
            while j <= n:
                is_prime[j] = False
                j += i
        i += 1
    count = 0
    for k in range(n + 1):
        if is_prime[k]:
            count += 1
    return count


def fill():
    n = 1_000_000
    a = [0] * n
    for k in range(n):
        a[k] = k
    return a[n - 1]


def grid():
    size = 1000
    g = [[0] * size for _ in range(size)]
    for i in range(size):
        for j in range(size):
            g[i][j] += i + j
    return g[size - 1][size - 1]


def dict_counts():
    counts = {}
    for k in range(200_000):
        key = k % 1000
        counts[key] = counts.get(key, 0) + 1
    return counts[7]


BENCHES = {"sieve": sieve, "fill": fill, "grid": grid, "dict": dict_counts}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("which", choices=list(BENCHES))
    ap.add_argument("--reps", type=int, default=5)
    a = ap.parse_args()
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

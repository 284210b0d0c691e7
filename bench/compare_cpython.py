#!/usr/bin/env python3
"""Times scopeplay's interpreter against CPython on the plain-Python programs in
bench/python/ and prints the ratio per program (target: at most 2x CPython).

    python3 bench/compare_cpython.py [--scopeplay build/native/scopeplay] [--runs 5]

Both interpreters run each program --runs times, alternately, in one session, so
machine noise hits both alike; the median wall time of each is compared. The
outputs must be identical, or the benchmark fails.
"""
import argparse
import pathlib
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return time.perf_counter() - start, proc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scopeplay", default=str(HERE.parent / "build/native/scopeplay"))
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    worst = 0.0
    print(f"{'program':<16}{'cpython s':>12}{'scopeplay s':>14}{'ratio':>8}")
    for program in sorted((HERE / "python").glob("*.py")):
        ours, theirs = [], []
        for _ in range(args.runs):
            t_py, p_py = timed([args.python, str(program)])
            t_sp, p_sp = timed([args.scopeplay, "run", "--max-steps", "1000000000", str(program)])
            if p_py.stdout != p_sp.stdout or p_sp.returncode != 0:
                print(f"{program.name}: output differs from CPython\n--- cpython\n{p_py.stdout}"
                      f"--- scopeplay\n{p_sp.stdout}{p_sp.stderr}", file=sys.stderr)
                return 1
            theirs.append(t_py)
            ours.append(t_sp)
        py, sp = statistics.median(theirs), statistics.median(ours)
        worst = max(worst, sp / py)
        print(f"{program.name:<16}{py:>12.3f}{sp:>14.3f}{sp / py:>8.2f}")
    print(f"worst ratio: {worst:.2f}x CPython (target: at most 2.00x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

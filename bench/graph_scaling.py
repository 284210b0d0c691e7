#!/usr/bin/env python3
"""Times how scopeplay's TF graph emulation scales with graph size.

    python3 bench/graph_scaling.py [--scopeplay build/native/scopeplay] [--sizes 1000 10000 100000]

For each size N it generates a snippet that builds about N graph objects:
get_variable calls and `v + 1` ops inside nested variable/name scopes, plus
a reuse=True lookup per block. It runs the snippet once with the CLI, counts
the ops the graph ends with, and prints wall time per op after subtracting
the start-up cost (the N=0 run). Linear scaling shows as a flat per-op time.
"""
import argparse
import pathlib
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent

SNIPPET = """\
import tensorflow as tf
N = {n}
PER = 50
for b in range(N // (2 * PER)):
    with tf.variable_scope("block%d" % b):
        with tf.name_scope("inner"):
            for i in range(PER):
                v = tf.get_variable("w%d" % i, [2], initializer=tf.zeros_initializer())
                x = v + 1
    with tf.variable_scope("block%d" % b, reuse=True):
        w = tf.get_variable("w0", [2])
print(len(tf.get_default_graph().get_operations()), len(tf.global_variables()))
"""


def run_once(binary, n):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(SNIPPET.format(n=n))
        path = f.name
    start = time.perf_counter()
    proc = subprocess.run([binary, "run", "--max-steps", "4000000000", path], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    pathlib.Path(path).unlink()
    if proc.returncode != 0:
        sys.exit("scopeplay failed on N=%d:\n%s%s" % (n, proc.stdout, proc.stderr))
    ops, variables = (int(x) for x in proc.stdout.split())
    return elapsed, ops, variables


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scopeplay", default=str(HERE.parent / "build/native/scopeplay"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    args = parser.parse_args()
    base, _, _ = run_once(args.scopeplay, 0)
    print("start-up: %.3f s" % base)
    print("%8s %9s %9s %9s %12s" % ("N", "ops", "vars", "time s", "us per op"))
    for n in args.sizes:
        elapsed, ops, variables = run_once(args.scopeplay, n)
        per_op = (elapsed - base) / max(ops, 1) * 1e6
        print("%8d %9d %9d %9.3f %12.2f" % (n, ops, variables, elapsed, per_op))


if __name__ == "__main__":
    main()

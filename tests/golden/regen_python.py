#!/usr/bin/env python3
"""Regenerate the expectations of the Python golden suite from CPython.

Every tests/golden/python/<feature>/NAME.py is run with the CPython running
this script (the corpus was generated with CPython 3.11; other versions word
some errors differently), with PYTHONHASHSEED=0, from the snippet's folder,
as `python3 NAME.py`. Then:

  NAME.out  exact stdout (empty file when nothing was printed)
  NAME.err  only when the run ended with an uncaught exception (SyntaxError
            included): the last line of the traceback, "Type: message\\n".
            A stale NAME.err is removed when the snippet now succeeds.

Snippets may `import numpy as np` but never use it: a stub package stands in
for numpy so the oracle needs no third-party modules.

Usage: python3 tests/golden/regen_python.py [--check] [PATH_FILTER ...]
  --check      write nothing; report cases whose files would change (exit 1)
  PATH_FILTER  only cases whose path relative to tests/golden/python contains
               one of these substrings
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SUITE = os.path.join(HERE, "python")
TIMEOUT_SECONDS = 30


def find_cases(filters):
    cases = []
    for dirpath, _, filenames in os.walk(SUITE):
        for name in filenames:
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, SUITE)
            if filters and not any(f in rel for f in filters):
                continue
            cases.append(path)
    return sorted(cases)


def run_case(path, stub_dir):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONPATH"] = stub_dir
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    proc = subprocess.run(
        [sys.executable, "-X", "utf8", os.path.basename(path)],
        cwd=os.path.dirname(path), env=env, capture_output=True,
        timeout=TIMEOUT_SECONDS)
    out = proc.stdout.decode("utf-8")
    err_text = proc.stderr.decode("utf-8")
    err = None
    if proc.returncode != 0:
        lines = [l for l in err_text.splitlines() if l.strip()]
        if not lines:
            raise RuntimeError("%s: exit %d with empty stderr" % (path, proc.returncode))
        err = lines[-1] + "\n"
    elif err_text:
        raise RuntimeError("%s: wrote to stderr without failing:\n%s" % (path, err_text))
    return out, err


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main(argv):
    check = "--check" in argv
    filters = [a for a in argv if a != "--check"]
    changed = []
    with tempfile.TemporaryDirectory() as stub_dir:
        os.mkdir(os.path.join(stub_dir, "numpy"))
        write(os.path.join(stub_dir, "numpy", "__init__.py"),
              "# stand-in for numpy: golden snippets only import it\n")
        cases = find_cases(filters)
        for path in cases:
            out, err = run_case(path, stub_dir)
            base = path[:-3]
            if read(base + ".out") != out:
                changed.append(base + ".out")
                if not check:
                    write(base + ".out", out)
            if read(base + ".err") != err:
                changed.append(base + ".err")
                if not check:
                    if err is None:
                        os.remove(base + ".err")
                    else:
                        write(base + ".err", err)
    for path in changed:
        print(("differs: " if check else "updated: ") + os.path.relpath(path, HERE))
    print("%d cases, %d files %s" % (len(cases), len(changed),
                                     "differ" if check else "updated"))
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

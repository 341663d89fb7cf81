"""Usage: same_answers.py EXPECTED ACTUAL

Compare two psql outputs of the same queries, made by two PostgreSQL
versions (test/suites/dump_restore.sh): line by line and token by token,
every token must be the same text, except decimal numbers with a fraction
or an exponent (computed doubles), which may differ by at most 4 units in
the last place.  Prints each difference and how many decimals differed
within that tolerance; exits 1 on any other difference.
"""
import math
import re
import sys

TOKEN = re.compile(r"[^\s|]+")
DECIMAL = re.compile(r"^-?(\d+\.\d*|\d*\.\d+|\d+(\.\d*)?[eE][-+]?\d+)$")


def close(a, b):
    """Two decimal tokens within 4 units in the last place of the larger."""
    x, y = float(a), float(b)
    if math.isnan(x) or math.isnan(y) or math.isinf(x) or math.isinf(y):
        return False
    return abs(x - y) <= 4 * math.ulp(max(abs(x), abs(y)))


def main():
    """Compare the two files named on the command line."""
    expected = open(sys.argv[1]).read().splitlines()
    actual = open(sys.argv[2]).read().splitlines()
    problems = 0
    nearly = 0
    if len(expected) != len(actual):
        print(f"{sys.argv[2]}: {len(actual)} lines, {sys.argv[1]} has {len(expected)}")
        problems += 1
    for number, (want, got) in enumerate(zip(expected, actual), 1):
        if want == got:
            continue
        a, b = TOKEN.findall(want), TOKEN.findall(got)
        same_shape = len(a) == len(b) and want.count("|") == got.count("|")
        ok = same_shape and all(
            x == y or (DECIMAL.match(x) and DECIMAL.match(y) and close(x, y))
            for x, y in zip(a, b))
        if ok:
            nearly += sum(1 for x, y in zip(a, b) if x != y)
            continue
        problems += 1
        print(f"line {number} differs:\n- {want}\n+ {got}")
    if problems:
        sys.exit(1)
    print(f"same answers: {len(expected)} lines"
          + (f", {nearly} decimals within 4 units in the last place" if nearly else ", identical"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Exits 0 when two reports say the same within the measuring tolerance, else prints where they differ and exits 1.

Usage: same_figures.py EXPECTED_FILE ACTUAL_FILE

The server measures works with PostGIS geography (PROJ's geodesic); a file read into memory is measured in the
Gauss-Kruger grid with its scale factor (geo::GridMeasure), which agrees with it to 1 mm per km and 1 m² per km².
So the two reports are compared token by token: text and whole numbers (counts) exactly, a number with decimals
(a length or an area) within a millionth of itself plus one unit of its last printed decimal (the two sides may
round on either side of a half).
"""
import re
import sys

TOKEN = re.compile(r"-?\d+\.\d+|[^\s,|:{}\[\]\"]+|[\s,|:{}\[\]\"]+")


def tokens(text):
    return TOKEN.findall(text)


def same(expected, actual):
    if expected == actual:
        return True
    if "." not in expected or "." not in actual:
        return False
    try:
        a, b = float(expected), float(actual)
    except ValueError:
        return False
    decimals = max(len(expected.split(".")[1]), len(actual.split(".")[1]))
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b)) + 10.0 ** -decimals * 1.000001


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        expected = tokens(f.read())
    with open(sys.argv[2], encoding="utf-8") as f:
        actual = tokens(f.read())
    if len(expected) != len(actual):
        print(f"the reports differ in shape ({len(expected)} tokens against {len(actual)})", file=sys.stderr)
        return 1
    bad = [(e, a) for e, a in zip(expected, actual) if not same(e, a)]
    for e, a in bad[:20]:
        print(f"expected {e!r}, got {a!r}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

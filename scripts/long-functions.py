#!/usr/bin/env python3
"""Lists the functions in C++ sources longer than a limit (house style: under ~60 lines, none over ~80).

Usage: scripts/long-functions.py [--max N] [--check] [PATH ...]   (default: --max 80, src/)

A function is a brace block opened where only namespaces and classes enclose it, after a header with a
parameter list: its length runs from the header's first line to the closing brace, both included. Comments,
string and character literals (raw strings too) and preprocessor lines are blanked first, so braces inside them
do not count. Brace matching, not parsing: good enough for this tree's style, not for every C++ there is.
With --check the exit status is 1 when any function is over the limit (for CI), 0 otherwise.
"""
import argparse
import os
import re
import sys

SOURCE_SUFFIXES = (".cpp", ".hpp", ".h", ".cc")
# A block opened after one of these words is a scope, not a function body.
SCOPE_WORDS = re.compile(r"\b(namespace|class|struct|union|enum)\b")


def blank_literals(text):
    """The text with comments, literals and preprocessor lines replaced by spaces (newlines kept)."""
    out = []
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if line_start and c == "#":  # a preprocessor line, with its continuations
            while i < n and not (text[i] == "\n" and text[i - 1] != "\\"):
                out.append("\n" if text[i] == "\n" else " ")
                i += 1
            continue
        if c == "/" and text.startswith("//", i):
            while i < n and text[i] != "\n":
                out.append(" ")
                i += 1
            continue
        if c == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
            continue
        raw = re.match(r'R"([^(\s]*)\(', text[i:i + 20]) if c == "R" else None
        if raw and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            close = ")" + raw.group(1) + '"'
            end = text.find(close, i + raw.end())
            end = n if end < 0 else end + len(close)
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
            continue
        # A quote after a letter or digit is a digit separator (6'000'000), not a character literal.
        if c == '"' or (c == "'" and not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"))):
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(" " * (j - i))
            i = j
            continue
        out.append(c)
        if c == "\n":
            line_start = True
        elif not c.isspace():
            line_start = False
        i += 1
    return "".join(out)


def is_function_header(header):
    """Whether the text between the previous `;`, `{` or `}` and a `{` reads as a function's signature."""
    header = re.sub(r"\btemplate\s*<[^{;]*?>\s*(?=[A-Za-z_])", " ", header)
    header = re.sub(r"\boperator\s*[^\s(]+", "operator", header)
    if "(" not in header:
        return False
    top = header.split("(", 1)[0]
    if "=" in top or SCOPE_WORDS.search(top):
        return False
    return header.rstrip().endswith((")", "const", "override", "final", "noexcept", "mutable")) or bool(
        re.search(r"\)\s*(const\s*)?(noexcept\s*)?->\s*[\w:<>,\s*&]+$", header)
        or re.search(r"\)\s*:\s*", header))  # a constructor's member initialisers


def long_functions(path, limit):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = blank_literals(f.read())
    found = []
    stack = []  # per open brace: "scope" (namespace, class, other block outside functions) or "function"
    header_from = 0  # where the text before the next `{` starts
    function_start = None  # (offset of its header, name)
    for i, c in enumerate(text):
        if c == ";":
            header_from = i + 1
        elif c == "{":
            header = text[header_from:i]
            if "function" not in stack and is_function_header(header):
                stack.append("function")
                lead = len(header) - len(header.lstrip())
                start = header_from + lead
                name = re.findall(r"([~\w:]+(?:operator\S*)?)\s*\(", header.split("\n(")[0])
                function_start = (start, name[0] if name else "?")
            else:
                stack.append("scope")
            header_from = i + 1
        elif c == "}":
            kind = stack.pop() if stack else "scope"
            if kind == "function" and "function" not in stack:
                start, name = function_start
                first = text.count("\n", 0, start) + 1
                last = text.count("\n", 0, i) + 1
                if last - first + 1 > limit:
                    found.append((first, last - first + 1, name))
            header_from = i + 1
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max", type=int, default=80, help="longest allowed function, in lines (default 80)")
    parser.add_argument("--check", action="store_true", help="exit 1 when any function is longer")
    parser.add_argument("paths", nargs="*", default=["src"])
    args = parser.parse_args()
    files = []
    for p in args.paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in names if n.endswith(SOURCE_SUFFIXES)]
        else:
            files.append(p)
    count = 0
    for path in sorted(files):
        for line, length, name in long_functions(path, args.max):
            print(f"{path}:{line}: {name}: {length} lines")
            count += 1
    if args.check and count:
        print(f"{count} function(s) over {args.max} lines", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Fails when a C++ file under src/, tests/, bench/ or packaging/ differs from what .clang-format makes of it, and
# names the files. scripts/check-format.sh --fix rewrites them instead. Run by scripts/test-all.sh (CI).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src tests bench packaging -name '*.cpp' -o -name '*.hpp' | sort)
if [ "${1:-}" = --fix ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/dev/null; then
  echo "Not formatted as .clang-format says (scripts/check-format.sh --fix rewrites them):" >&2
  for f in "${files[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || echo "  $f" >&2
  done
  exit 1
fi
echo "clang-format: ${#files[@]} files as .clang-format says"

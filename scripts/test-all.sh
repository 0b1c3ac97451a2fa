#!/usr/bin/env bash
# Installs dependencies, checks that the C++ sources are formatted as .clang-format says, then builds and runs
# every test twice: an optimised build and an AddressSanitizer + UBSan build. This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh
jobs=$(nproc)
for preset in ci asan; do
  echo "== ${preset}: configure and build"
  cmake --preset "$preset" >/dev/null
  start=$SECONDS
  cmake --build --preset "$preset" -j "$jobs"
  echo "== ${preset}: built in $((SECONDS - start)) s; test"
  start=$SECONDS
  ctest --preset "$preset" -j "$jobs"
  echo "== ${preset}: tested in $((SECONDS - start)) s"
done

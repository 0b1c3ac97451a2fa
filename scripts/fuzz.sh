#!/usr/bin/env bash
# Fuzzes the parsers (docs/fuzzing.md): builds the libFuzzer targets of tests/fuzz with the fuzz preset (clang 14,
# AddressSanitizer + UBSan) and runs each for SECONDS (default 60), one after the other. An input that crashes,
# hangs or fails a check is copied into tests/fuzz/corpus/TARGET/, where the normal builds replay it as a test;
# the findings are listed at the end and the exit status is 1 when there is any.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: date columns ledger_header dbf_encoding style workspace)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(date columns ledger_header dbf_encoding style workspace)
fi

# clang 14 and its libFuzzer runtime from Debian 12, installed as scripts/install-deps.sh installs the rest.
missing=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/fuzz_}"

# Each target's working corpus (what the run learns) stays in the build folder; the one in git holds the seeds
# and the findings only, so it stays small.
findings=()
for target in "${targets[@]}"; do
  work=build/fuzz/run/$target
  mkdir -p "$work/corpus" "$work/findings"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -use_value_profile=1 -print_final_stats=1
           -artifact_prefix="$work/findings/")
  [ -f "tests/fuzz/dict/$target.dict" ] && options+=(-dict="tests/fuzz/dict/$target.dict")
  echo "== $target: ${seconds} s"
  touch "$work/started"
  nice "build/fuzz/tests/fuzz/fuzz_$target" "${options[@]}" "$work/corpus" "tests/fuzz/corpus/$target" \
    >"$work/log" 2>&1 || true
  grep -E '^stat::(number_of_executed_units|new_units_added|peak_rss_mb)' "$work/log" | sed 's/^/   /' || true
  echo "   working corpus: $(find "$work/corpus" -type f | wc -l) inputs"
  for artifact in $(find "$work/findings" -type f -newer "$work/started"); do
    grep -E 'ERROR: |fuzz check failed|runtime error' "$work/log" | head -3 | sed 's/^/   /' || true
    cp "$artifact" "tests/fuzz/corpus/$target/"
    findings+=("tests/fuzz/corpus/$target/$(basename "$artifact")")
  done
done

if [ ${#findings[@]} -gt 0 ]; then
  echo "Findings, kept in the corpus (replay one: build/fuzz/tests/fuzz/fuzz_TARGET FILE; logs in build/fuzz/run/):"
  printf '  %s\n' "${findings[@]}"
  exit 1
fi
echo "No findings."

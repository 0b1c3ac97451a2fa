# Helpers for the GUI tests, sourced after setting $state (the viewer's --state-file) and $work (a scratch
# directory whose out.log holds the viewer's output).

fail() {
  echo "FAIL: $*" >&2
  [ -f "$state" ] && echo "state: $(cat "$state")" >&2
  [ -f "$work/out.log" ] && tail -20 "$work/out.log" >&2
  exit 1
}

# One number or word of the state line ($1 is a sed pattern: escape dots in target names).
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" "$state"; }

# Waits until the state file's field satisfies the awk condition (given $1 = the value), up to 20 s.
wait_for() {
  local name=$1 condition=$2
  for _ in $(seq 200); do
    if [ -f "$state" ] && field "$name" | awk "{ exit !($condition) }"; then return 0; fi
    sleep 0.1
  done
  fail "$name never satisfied '$condition'"
}

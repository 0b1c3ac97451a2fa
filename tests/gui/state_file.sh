# Helpers for the GUI tests, sourced at the start: a scratch directory $work (its out.log holds the viewer's
# output; WORKSMAP_CONFIG_DIR, the window layout and last sources, goes there, never to the home directory), the
# viewer's --state-file $state, and $viewer_pid, killed with $work removed on exit; fail, field and wait_for read
# the state file, target_centre and click_target find and click the desk's entries.
work=$(mktemp -d)
state=$work/state.json
export WORKSMAP_CONFIG_DIR=$work/config
viewer_pid=
cleanup() {
  [ -n "$viewer_pid" ] && kill "$viewer_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  [ -f "$state" ] && echo "state: $(cat "$state")" >&2
  [ -f "$work/out.log" ] && tail -20 "$work/out.log" >&2
  exit 1
}

# One number or word of the state line ($1 is a sed pattern: escape dots in target names).
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" "$state"; }

# Waits until the state file's field is there and satisfies the awk condition (given $1 = the value), up to
# $3 seconds, 60 by default, a margin for the sanitizer build on a busy machine (a field the line lacks, as while
# the map is loading, never satisfies it).
wait_for() {
  local name=$1 condition=$2 seconds=${3:-60} value
  for _ in $(seq $((seconds * 10))); do
    value=$( [ -f "$state" ] && field "$name" || true)
    if [ -n "$value" ] && echo "$value" | awk "{ exit !($condition) }"; then return 0; fi
    sleep 0.1
  done
  fail "$name never satisfied '$condition'"
}

# Waits until the desk's panels have reached their places (a panel that just opened moves there in its first
# frames) and the entry $1 is drawn.
wait_settled() {
  wait_for "target\\.$1" 'NF == 4'
  wait_for settling '$1 == "false"'
}

# The centre of a desk entry, "x y" in window pixels from the top left.
target_centre() {
  field "target\\.$1" | awk '{ printf "%d %d", ($1 + $3) / 2, ($2 + $4) / 2 }'
}

# Finds the viewer's window (class worksmap) as $window and gives it the keyboard focus: keys are sent as real
# input (XTEST) to the focused window, since SDL ignores key events sent to a window directly (xdotool --window).
find_window() {
  window=$(xdotool search --sync --limit 1 --class worksmap 2>/dev/null | head -1)
  [ -n "$window" ] || fail "no window of class worksmap"
  xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
}

# Clicks the centre of a desk entry in the viewer's window $window.
click_target() {
  # A panel that just opened or changed size moves to its place in the next frames: click where it stands.
  if grep -q '"settling":' "$state" 2>/dev/null; then wait_for settling '$1 == "false"'; fi
  # The state line is written after a frame's requests are handled, with that frame's layout: what a request changes
  # (a save's message, a new row) moves the entries in the next frame. So the pointer is moved beside the entry (an
  # event: the desk draws a few frames), and the entry is clicked once it stands where it stood before those frames.
  local x y frames before
  for _ in $(seq 20); do
    before=$(field "target\\.$1")
    [ -n "$before" ] || fail "no entry $1"
    read -r x y <<<"$(target_centre "$1")"
    frames=$(field uiFrames)
    xdotool mousemove --window "$window" "$((x + 1))" "$y"
    wait_for uiFrames "\$1 >= $((frames + 2))"
    if [ "$(field "target\\.$1")" = "$before" ]; then
      xdotool mousemove --window "$window" "$x" "$y"
      sleep 0.2
      xdotool click 1
      return 0
    fi
  done
  fail "the entry $1 never stood still"
}

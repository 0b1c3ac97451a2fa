#!/usr/bin/env bash
# The window stays responsive while a large county loads: on a generated county of 100,000 works features the
# viewer opens its window at once, keeps drawing frames (the loading window with a bar per layer) while the
# layers are read on a worker thread, then shows the map with the desk. A source that cannot be read at all
# opens the window with the Problems panel saying why, and closing it ends the viewer with exit code 2.
# Usage (ctest runs it under xvfb-run): loading_window_test.sh WORKSMAP_BINARY GENCOUNTY_BINARY
set -euo pipefail
binary=$1
gencounty=$2
source "$(dirname "$0")/state_file.sh"

# Starts the viewer on $1, waits for the state line's field $2 to satisfy $3 and finds the window.
start_viewer() {
  rm -f "$state"
  WORKSMAP_LANG=en "$binary" "$1" --state-file "$state" >"$work/out.log" 2>&1 &
  viewer_pid=$!
  wait_for "$2" "$3"
  find_window
}

"$gencounty" --works 100000 --out "$work/county" >/dev/null

# The first frames are the loading window's: layers listed, the map not there yet.
start_viewer "$work/county" loading '$1 == "true"'
wait_for layers '$1 == 6'
# Frames keep coming while the worker reads: the most frames any loading line reported, until the map is up.
most=0
for _ in $(seq 600); do
  line=$(cat "$state" 2>/dev/null || true)
  case "$line" in
    *'"width"'*) break ;;
    *'"loading":true'*)
      frames=$(field uiFrames)
      [ -n "$frames" ] && [ "$frames" -gt "$most" ] && most=$frames ;;
  esac
  sleep 0.05
done
echo "frames drawn while loading: $most"
[ "$most" -ge 3 ] || fail "the window drew $most frames while loading (not responsive)"
wait_for width '$1 > 0' 180  # the map's first load: slow in the sanitizer build on a busy machine
echo "map shown: $(field width) x $(field height), as of $(field asOf)"
kill "$viewer_pid"
wait "$viewer_pid" 2>/dev/null || true
viewer_pid=

# Nothing readable: the window shows the Problems panel (the state line counts its problems); Ctrl+Q closes it.
start_viewer "$work/no-such-county.shp" loadFailed '$1 == "true"'
wait_for problems '$1 >= 1'
grep -q "no-such-county.shp" "$work/out.log" || fail "the problem was not printed to stderr as well"
xdotool key ctrl+q
status=0
wait "$viewer_pid" || status=$?
viewer_pid=
[ "$status" -eq 2 ] || fail "exit code $status after a failed load, expected 2"
echo "PASS"

#!/usr/bin/env bash
# Frame times of the real viewer window with the desk's panels closed and open (issue 4: "frame time with
# panels open"). Starts `worksmap SOURCE` under the current X display (run it under xvfb-run), then, for each
# set-up, presses keys that each cause one frame — `]` (the as-of date a month on: uniforms, the Legend's counts
# and the District table recomputed) and the right arrow (a pan) — and reads the frame's wall time (frameMs) and
# the desk's part of it (deskMs) from the viewer's --state-file.
# Usage: bench/desk_frames.sh WORKSMAP_BINARY SOURCE [PRESSES]
set -euo pipefail
binary=$1
source=$2
presses=${3:-15}
work=$(mktemp -d)
state=$work/state.json
export WORKSMAP_CONFIG_DIR=$work/config
viewer_pid=
trap '[ -n "$viewer_pid" ] && kill "$viewer_pid" 2>/dev/null; rm -rf "$work"' EXIT

field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" "$state"; }
wait_frame_after() {  # waits until uiFrames exceeds $1 and the window is idle again (no new frame for 0.4 s)
  local before=$1 last=-1 now
  for _ in $(seq 600); do
    now=$(field uiFrames)
    if [ -n "$now" ] && [ "$now" -gt "$before" ] && [ "$now" = "$last" ]; then return 0; fi
    last=$now
    sleep 0.4
  done
  echo "no frame after $before" >&2
  exit 1
}
click() {  # clicks the middle of the desk entry $1
  local box
  box=$(sed -n "s/.*\"target\.$1\":\"\([^\"]*\)\".*/\1/p" "$state")
  [ -n "$box" ] || { echo "no entry $1" >&2; exit 1; }
  read -r x0 y0 x1 y1 <<<"$box"
  local before
  before=$(field uiFrames)
  xdotool mousemove --window "$window" $(((x0 + x1) / 2)) $(((y0 + y1) / 2)) click 1
  wait_frame_after "$before"
}
measure() {  # prints "what: median frameMs, median deskMs" for $presses presses, alternating the keys given
  local what=$1 before frames=() desks=() i=0
  shift
  local keys=("$@")
  for _ in $(seq "$presses"); do
    before=$(field uiFrames)
    xdotool key "${keys[i++ % ${#keys[@]}]}"
    wait_frame_after "$before"
    frames+=("$(field frameMs)")
    desks+=("$(field deskMs)")
  done
  local mf md
  mf=$(printf '%s\n' "${frames[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  md=$(printf '%s\n' "${desks[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$what: frame $mf ms, desk $md ms (median of $presses)"
}

WORKSMAP_LANG=en "$binary" "$source" --as-of 2020-01-01 --state-file "$state" >"$work/out.log" 2>&1 &
viewer_pid=$!
for _ in $(seq 1200); do [ -n "$( [ -f "$state" ] && field width)" ] && break; sleep 0.1; done
window=$(xdotool search --sync --limit 1 --class worksmap | head -1)
xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"  # keys go to the focused window
sleep 2
wait_frame_after 0
xdotool mousemove --window "$window" 5 300  # off the panels
# Warm-up (the labels and the picking index are built in the background after the first frame, and a view's
# levels of detail the first time it is drawn): not counted.
measure warm-up bracketright Right Left bracketleft >/dev/null
for set_up in default closed open; do
  case $set_up in
    default) echo "== default panels (Filters, Legend, Timeline, Inspector, status bar)" ;;
    closed)
      for panel in filters legend timeline inspector statusbar; do click "desk.$panel"; done
      echo "== every panel closed" ;;
    open)
      for panel in filters legend timeline inspector statusbar districts layers problems; do click "desk.$panel"; done
      echo "== every panel open (District progress, Layers and Problems too)" ;;
  esac
  xdotool mousemove --window "$window" 5 300
  measure "as-of date (] and [)" bracketright bracketleft
  measure "pan (right and left arrows)" Right Left
done

#!/usr/bin/env bash
# Presentation mode in the real viewer on the sample county's briefing, driven by real X keys under Xvfb (with
# a window manager, for full screen): F5 goes full screen with the desk hidden on slide 1; PageDown twice flies
# to slides 2 (城区 in 3D) and 3; each slide, once landed, is compared with the same slide exported by
# `worksmap render --slide N` at the screen's size (the slide number drawn at the bottom's middle is left out of
# the comparison); B blanks the screen black; S shows the
# presenter's notes beside the slide and hides them; Esc gives back the desk, out of full screen.
# Usage (ctest runs it under xvfb-run): presentation_window_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
source "$(dirname "$0")/state_file.sh"
workspace=$geodata/sample-county.worksmap.toml

openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm_pid=$!
# WORKSMAP_GUI_KEEP=DIR keeps the screenshots and exports there, to look at.
keep() { [ -z "${WORKSMAP_GUI_KEEP:-}" ] || { mkdir -p "$WORKSMAP_GUI_KEEP" && cp "$work"/*.png "$WORKSMAP_GUI_KEEP"/ 2>/dev/null; } || true; }
trap 'keep; kill $wm_pid 2>/dev/null || true; cleanup' EXIT
for _ in $(seq 100); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break; sleep 0.1; done

read -r screen_w screen_h <<<"$(xdpyinfo | awk '/dimensions:/ { split($2, d, "x"); print d[1], d[2] }')"

WORKSMAP_LANG=zh "$binary" "$workspace" --state-file "$state" >"$work/out.log" 2>&1 &
viewer_pid=$!
wait_for width '$1 > 0' 180
wait_for uiFrames '$1 >= 3'
find_window
[ "$(field presenting)" = false ] || fail "presenting before F5"

# Pixels (in thousandths of the image) that differ between the window and slide N's export by more than a
# fifth of the colour range, the slide number's box at the bottom's middle left out of both.
differing() {
  local n=$1
  WORKSMAP_LANG=zh "$binary" render "$workspace" --slide "$n" --size "${screen_w}x${screen_h}" -o "$work/slide-$n.png" \
    >"$work/render-$n.log" 2>&1 || fail "render --slide $n: $(cat "$work/render-$n.log")"
  import -window root "$work/window-$n.png"
  local mask="rectangle $((screen_w / 2 - 80)),$((screen_h - 60)) $((screen_w / 2 + 80)),$screen_h"
  for f in slide window; do
    convert "$work/$f-$n.png" -alpha off -fill black -draw "$mask" "$work/$f-$n-masked.png"
  done
  local ae
  ae=$(compare -metric AE -fuzz 20% "$work/slide-$n-masked.png" "$work/window-$n-masked.png" null: 2>&1 || true)
  awk -v a="${ae%% *}" -v w="$screen_w" -v h="$screen_h" 'BEGIN { printf "%d", a * 1000 / (w * h) }'
}

# Waits until slide $1 is shown, landed, full screen, and the frame after it is drawn.
landed() {
  wait_for slideNumber "\$1 == $1"
  wait_for flying '$1 == "false"'
  wait_for fullscreen '$1 == "true"'
  wait_for windowWidth "\$1 == $screen_w"
  local frames
  frames=$(field uiFrames)
  # The pointer into the corner (out of the picture), a pixel away from where it was: a frame drawn after the
  # landing's.
  corner=$((1 - ${corner:-0}))
  xdotool mousemove "$corner" "$corner"
  wait_for uiFrames "\$1 > $frames"
  sleep 0.3
}

xdotool key F5
wait_for presenting '$1 == "true"'
landed 1
[ "$(field slideCount)" = 9 ] || fail "the sample's briefing has $(field slideCount) slides, not 9"
[ "$(field asOf)" = 2022-12-31 ] || fail "slide 1 shows $(field asOf), not its as_of 2022-12-31"
d=$(differing 1)
echo "slide 1: ${d}‰ of the pixels differ from render --slide 1"
[ "$d" -le 15 ] || fail "slide 1 differs from its export in ${d}‰ of the pixels"

for n in 2 3; do
  xdotool key Next
  landed "$n"
  d=$(differing "$n")
  echo "slide $n: ${d}‰ of the pixels differ from render --slide $n"
  [ "$d" -le 15 ] || fail "slide $n differs from its export in ${d}‰ of the pixels"
done
[ "$(field periodMode)" = true ] || fail "slide 3 (year = 2022) is not in period mode"
[ "$(field periodFrom)" = 2022-01-01 ] || fail "slide 3's period starts $(field periodFrom)"

# B: a black screen; B again: the slide back.
xdotool key b
wait_for screen '$1 == "black"'
frames=$(field uiFrames)
wait_for uiFrames "\$1 > $frames"
sleep 0.3
import -window root "$work/black.png"
mean=$(convert "$work/black.png" -colorspace gray -format '%[fx:mean]' info:)
awk -v m="$mean" 'BEGIN { exit !(m < 0.01) }' || fail "the black screen's mean grey is $mean"
xdotool key b
wait_for screen '$1 == "slide"'

# A number and Enter jump; Esc gives the desk back, out of full screen.
xdotool type 8
wait_for typed '$1 == "8"'
xdotool key Return
landed 8

# S: the presenter's notes beside the slide, the right third of the screen dark with white text in it (slide 8
# has notes); S again: the slide as exported.
xdotool key s
wait_for notes '$1 == "true"'
frames=$(field uiFrames)
wait_for uiFrames "\$1 > $frames"
sleep 0.3
import -window root "$work/notes.png"
panel="$((screen_w / 3))x$((screen_h - 100))+$((screen_w - screen_w / 3))+40"
grey=$(convert "$work/notes.png" -crop "$panel" -colorspace gray -format '%[fx:mean] %[fx:standard_deviation]' info:)
mean=${grey% *} spread=${grey#* }
awk -v m="$mean" -v s="$spread" 'BEGIN { exit !(m < 0.25 && s > 0.015) }' \
  || fail "the notes panel (mean grey $mean, spread $spread) is not dark with text in it"
xdotool key s
wait_for notes '$1 == "false"'
[ "$(field slideNumber)" = 8 ] || fail "S moved off slide 8"

xdotool key Escape
wait_for presenting '$1 == "false"'
wait_for fullscreen '$1 == "false"'
[ "$(field slide)" = 8 ] || fail "the desk does not remember slide 8 as the last shown"
kill -0 "$viewer_pid" 2>/dev/null || fail "Esc closed the window"
echo "F5, PageDown twice, B, 8 Enter, S twice and Esc: presented, notes shown and hidden, and back to the desk"
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$viewer_pid" 2>/dev/null || break; sleep 0.1; done
! kill -0 "$viewer_pid" 2>/dev/null || fail "Ctrl+Q did not quit"
viewer_pid=

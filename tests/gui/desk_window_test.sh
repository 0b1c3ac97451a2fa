#!/usr/bin/env bash
# The planner's desk in the real viewer on the sample county, driven by real X input events (xdotool) under Xvfb:
# clicks on legend and filter entries change the view state without panning the map (the panel takes the click),
# a drag on a panel moves the panel and not the map, dragging the timeline changes the as-of date, Play moves it
# on until Pause, the Period box turns period mode on, the language button switches to Chinese, and the layout
# and the last sources are remembered for the next run (which opens them without a SOURCE). Entries are found
# where the window reports them (--state-file "target.<id>").
# Usage (ctest runs it under xvfb-run): desk_window_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
source "$(dirname "$0")/state_file.sh"

start_viewer() {
  rm -f "$state"
  WORKSMAP_LANG=en "$binary" "$@" --as-of 2023-06-30 --state-file "$state" --clock-file "$clock" >"$work/out.log" 2>&1 &
  viewer_pid=$!
  wait_for width '$1 > 0' 180  # the map's first load: slow in the sanitizer build on a busy machine
  wait_for uiFrames '$1 >= 3'  # windows that fit their content are laid out in their first two frames
  wait_for 'target\.legend\.kind\.road' 'NF == 4'
  find_window
}

# Play is timed by this file's seconds, which the test writes: what it shows does not depend on the frame rate.
clock=$work/clock
echo 0 >"$clock"
set_clock() { echo "$1" >"$clock"; }

start_viewer "$geodata/sample-county.worksmap.toml"
cx0=$(field centerX)
cy0=$(field centerY)
mpp0=$(field metresPerPixel)
[ "$(field fontChinese)" = true ] || fail "the desk's font has no Chinese"
echo "desk font: $(field fontCharacters) characters in $(field fontBuildMs) ms"

# The legend's road row hides roads; the map does not move.
click_target legend.kind.road
wait_for kindMask '$1 == 1022'
click_target legend.status.completed
wait_for statusMask '$1 == 11'
click_target filters.overdue
wait_for overdueOnly '$1 == "true"'
click_target filters.all
wait_for statusMask '$1 == 15'
wait_for kindMask '$1 == 1023'
[ "$(field centerX)" = "$cx0" ] && [ "$(field centerY)" = "$cy0" ] && [ "$(field metresPerPixel)" = "$mpp0" ] ||
  fail "a click on a panel moved the map"
echo "legend and filters: masks changed, map centre unchanged"

# Dragging the Filters panel by its title bar moves the panel 120 px right and leaves the map where it was.
kx=$(field 'target\.filters\.kind\.road' | awk '{ print $1 }')
read -r tx ty <<<"$(field 'target\.filters\.kind\.road' | awk '{ printf "%d %d", $1 + 40, $2 - 40 }')"
xdotool mousemove --window "$window" "$tx" "$ty"
sleep 0.2
xdotool mousedown 1
for step in 1 2 3 4 5 6; do xdotool mousemove --window "$window" $((tx + step * 20)) "$ty"; sleep 0.1; done
xdotool mouseup 1
wait_for 'target\.filters\.kind\.road' "\$1 >= $((kx + 110)) && \$1 <= $((kx + 130))"
[ "$(field centerX)" = "$cx0" ] || fail "a drag on a panel panned the map"
echo "panel dragged: map centre unchanged"

# The timeline's slider dragged to the left: an earlier as-of date, the map recoloured (one uniform).
read -r sx sy <<<"$(target_centre timeline.slider)"
xdotool mousemove --window "$window" "$sx" "$sy"
sleep 0.2
xdotool mousedown 1
for step in 1 2 3 4 5; do xdotool mousemove --window "$window" $((sx - step * 30)) "$sy"; sleep 0.1; done
wait_for asOf '$1 < "2023-06-30"'
xdotool mouseup 1
[ "$(field centerX)" = "$cx0" ] || fail "dragging the timeline panned the map"
echo "timeline dragged: as of $(field asOf)"

# Play: the as-of date moves on by itself, a month (30 days) a second of the clock, until Pause; then it stays.
# The date is read once the desk reports playing: by then the drag's last queued moves have been drawn (a slow
# frame on a busy machine can still be taking them when the mouse button is already up). Each clock time is
# written once the window reports (playSeconds) that its last step took the one before.
click_target timeline.play
wait_for playing '$1 == "true"'
dragged=$(field asOf)
set_clock 10
wait_for playSeconds '$1 == 10'
at10=$(field asOf)
set_clock 10.2
wait_for playSeconds '$1 == 10.2'
[ "$(field asOf)" = "$(date -d "$at10 + 6 days" +%F)" ] || fail "a fifth of a second of Play moved $at10 to $(field asOf)"
set_clock 10.3
wait_for playSeconds '$1 == 10.3'
[ "$(field asOf)" = "$(date -d "$at10 + 9 days" +%F)" ] || fail "three tenths of a second of Play moved $at10 to $(field asOf)"
click_target timeline.play
wait_for playing '$1 == "false"'
paused=$(field asOf)
set_clock 15
frames=$(field uiFrames)
xdotool mousemove --window "$window" 3 3 mousemove --window "$window" 4 4
wait_for uiFrames "\$1 >= $((frames + 2))"
[ "$(field asOf)" = "$paused" ] || fail "the date moved on after Pause ($paused, then $(field asOf))"
echo "timeline played from $dragged to $paused"

# Period mode: the box turns it on with the year up to the as-of date (what the map, legend and district table
# then show: the works completed in it).
click_target timeline.period
wait_for periodMode '$1 == "true"'
[ "$(field periodFrom)" = "${paused:0:4}-01-01" ] && [ "$(field periodTo)" = "$paused" ] ||
  fail "period mode did not start with the year up to $paused"
wait_for 'target\.timeline\.period_to' 'NF == 4'
echo "period mode: $(field periodFrom) to $(field periodTo)"

# The language button: the desk (and the overlay) in Chinese.
click_target desk.language
wait_for lang '$1 == "zh"'

# Ctrl+Q closes the window, which saves the layout; the next run without a SOURCE opens the same workspace with
# the panel where it was left.
moved=$(field 'target\.filters\.kind\.road' | awk '{ print $1 }')
xdotool key ctrl+q
wait "$viewer_pid" || true
viewer_pid=
[ -f "$WORKSMAP_CONFIG_DIR/desk-layout.ini" ] || fail "no layout file was written"
grep -q "###filters" "$WORKSMAP_CONFIG_DIR/desk-layout.ini" || fail "the layout file has no Filters window"
grep -q "sample-county.worksmap.toml" "$WORKSMAP_CONFIG_DIR/last-sources" || fail "the sources were not remembered"
start_viewer
[ "$(field 'target\.filters\.kind\.road' | awk '{ print $1 }')" = "$moved" ] || fail "the panel's place was not remembered"
xdotool getwindowname "$window" | grep -q "示例县" ||
  fail "the last workspace was not opened: $(xdotool getwindowname "$window")"
echo "layout and last sources remembered"
echo "PASS"

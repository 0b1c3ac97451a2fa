#!/usr/bin/env bash
# The Measure tool in the real viewer on the sample county, driven by real X input (xdotool) under Xvfb: the
# toolbar opens the panel, Distance mode; three clicks on the map add three points (no project is picked, the
# map does not move) and the state file reports their distance as the clicks' ground points give it (pixels ×
# metres per pixel in the north-up plan view; the geodesic figure differs from that by the Gauss-Kruger scale
# factor, under 2e-4 in the county); the line is drawn on the map; a double-click finishes, a new click starts
# again, Esc clears (clicks hold Shift: no snapping to works' vertices). Area mode: a right click finishes a triangle whose area and perimeter are checked the same
# way; Esc clears, Esc leaves the tool, and then Esc closes the window as before.
# Usage (ctest runs it under xvfb-run): measure_window_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
source "$(dirname "$0")/state_file.sh"

# Whether $1 is within a relative tolerance $3 of $2.
near() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t * b) }'; }

# Pixels of the measure line's orange (ui/measure_drawing: rgb 230, 80, 0) in a 9 × 9 square around (x, y).
# ImageMagick's txt: lines read "X,Y: (R,G,B)  …": split at parentheses and commas, R G B are fields 3 to 5.
orange_pixels() {
  import -window "$window" -crop "9x9+$(($1 - 4))+$(($2 - 4))" +repage "$work/crop.png"
  convert "$work/crop.png" -depth 8 txt:- |
    awk -F'[(),]' 'NR > 1 { r = $3 + 0; g = $4 + 0; b = $5 + 0; if (r >= 190 && g >= 50 && g <= 130 && b <= 70) n++ }
                   END { print n + 0 }'
}

# A window that has just appeared sizes itself over its first frames, and its entries move with it: waits for
# the settling frames the desk draws after any input (app/imgui_events: kSettleFrames).
settle() {
  local frames
  frames=$(field uiFrames)
  wait_for uiFrames "\$1 >= $((frames + 2))"
}

# A click on the map with Shift held, so that it adds the point clicked rather than snapping to a vertex of a
# work nearby (the figures below are the clicked pixels'). Without Shift these clicks do snap on the sample
# county: the distance comes out 11456 m instead of 350 px × metres per pixel.
click_map() {
  xdotool mousemove --window "$window" "$1" "$2"
  sleep 0.2
  xdotool keydown shift
  xdotool click "${3:-1}"
  xdotool keyup shift
}

WORKSMAP_LANG=en "$binary" "$geodata/sample-county.worksmap.toml" --as-of 2023-06-30 --state-file "$state" \
  >"$work/out.log" 2>&1 &
viewer_pid=$!
wait_for width '$1 > 0' 180  # the map's first load: slow in the sanitizer build on a busy machine
wait_for uiFrames '$1 >= 3'
wait_for 'target\.desk\.measure' 'NF == 4'
find_window

click_target desk.measure
wait_for measureOpen '$1 == "true"'
wait_for 'target\.measure\.mode\.distance' 'NF == 4'
settle
click_target measure.mode.distance
wait_for measureMode '$1 == "distance"'

# Points in the middle of the map, clear of the panels: P1 → P2 200 px right → P3 150 px down (350 px in all),
# then P4 200 px left of P3.
w=$(field width)
h=$(field height)
x1=$((w / 2 - 100)) y1=$((h / 2 + 30))
x2=$((x1 + 200)) y2=$y1
x3=$x2 y3=$((y1 + 150))
x4=$x1 y4=$y3
mpp=$(field metresPerPixel)
cx0=$(field centerX)

# Clicks P1, P2 and P3, each once the viewer has taken the one before.
click_triangle() {
  local n=1 at x y
  for at in "$x1 $y1" "$x2 $y2" "$x3 $y3"; do
    read -r x y <<<"$at"
    click_map "$x" "$y"
    wait_for measurePoints "\$1 == $n"
    n=$((n + 1))
  done
}

before=$(orange_pixels $((x1 + 100)) "$y1")
click_triangle
[ "$(field selectedProject)" = -1 ] || fail "a click while measuring picked project $(field selectedProject)"
[ "$(field centerX)" = "$cx0" ] || fail "a click while measuring moved the map"
[ "$(field measureGeodesic)" = true ] || fail "the sample county's figures are not geodesic"
expected=$(awk -v m="$mpp" 'BEGIN { printf "%.3f", 350 * m }')
near "$(field measureLengthM)" "$expected" 0.001 || fail "distance $(field measureLengthM) m, expected $expected m"
near "$(field measureLastSegmentM)" "$(awk -v m="$mpp" 'BEGIN { print 150 * m }')" 0.001 ||
  fail "last segment $(field measureLastSegmentM) m, expected 150 px × $mpp m"
echo "distance: three clicks, $(field measureLengthM) m (350 px × $mpp m/px = $expected m)"
# The frame that draws the line: frames take up to a second on a loaded software renderer.
for _ in $(seq 20); do
  after=$(orange_pixels $((x1 + 100)) "$y1")
  [ "$after" -gt "$((before + 3))" ] && break
  sleep 0.5
done
[ "$after" -gt "$((before + 3))" ] || fail "the measured line is not drawn: $before orange pixels before, $after after"
echo "the line is drawn: $before orange pixels before, $after after"

# A double-click finishes at P4 (its first click adds the point); the next click starts a new measurement.
xdotool mousemove --window "$window" "$x4" "$y4"
sleep 0.2
xdotool keydown shift
xdotool click --repeat 2 --delay 120 1
xdotool keyup shift
wait_for measureFinished '$1 == "true"'
[ "$(field measurePoints)" = 4 ] || fail "the double-click left $(field measurePoints) points, not 4"
near "$(field measureLengthM)" "$(awk -v m="$mpp" 'BEGIN { print 550 * m }')" 0.001 ||
  fail "finished distance $(field measureLengthM) m, expected 550 px × $mpp m"
click_map "$x1" "$y1"
wait_for measureFinished '$1 == "false"'
wait_for measurePoints '$1 == 1'
xdotool key Escape
wait_for measurePoints '$1 == 0'
sleep 0.3
kill -0 "$viewer_pid" 2>/dev/null || fail "Esc while measuring closed the window"
[ "$(field measureMode)" = distance ] || fail "the first Esc left the tool"
echo "double-click finished, a click started again, Esc cleared"

# Area: the right triangle P1 P2 P3, finished by a right click: ½ × 200 × 150 px², perimeter 600 px.
click_target measure.mode.area
wait_for measureMode '$1 == "area"'
click_triangle
click_map $((x3 - 60)) $((y3 - 20)) 3
wait_for measureFinished '$1 == "true"'
[ "$(field measurePoints)" = 3 ] || fail "the right click added a point"
near "$(field measureAreaM2)" "$(awk -v m="$mpp" 'BEGIN { print 15000 * m * m }')" 0.002 ||
  fail "area $(field measureAreaM2) m², expected 15000 px² × ($mpp m)²"
near "$(field measurePerimeterM)" "$(awk -v m="$mpp" 'BEGIN { print 600 * m }')" 0.001 ||
  fail "perimeter $(field measurePerimeterM) m, expected 600 px × $mpp m"
echo "area: $(field measureAreaM2) m², perimeter $(field measurePerimeterM) m"

# Ctrl+Q with the triangle on the map asks first (quitAsked): Cancel keeps the window and the measurement.
xdotool key ctrl+q
wait_for quitAsked '$1 == "true"'
wait_settled quit.cancel
click_target quit.cancel
wait_for quitAsked '$1 == "false"'
kill -0 "$viewer_pid" 2>/dev/null || fail "Cancel in the quit question closed the window"
[ "$(field measurePoints)" = 3 ] || fail "Cancel in the quit question lost the measurement"
echo "Ctrl+Q with a measurement asked; Cancel kept it"

# Esc clears the triangle, Esc again leaves the tool; a third Esc leaves nothing and never quits. Ctrl+Q quits
# (nothing unsaved is left: no question asked).
xdotool key Escape
wait_for measurePoints '$1 == 0'
xdotool key Escape
wait_for measureMode '$1 == "off"'
xdotool key Escape
sleep 0.5
kill -0 "$viewer_pid" 2>/dev/null || fail "Esc with the tool off closed the window"
xdotool key ctrl+q
for _ in $(seq 50); do kill -0 "$viewer_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$viewer_pid" 2>/dev/null && fail "Ctrl+Q did not close the window"
viewer_pid=
echo "PASS"

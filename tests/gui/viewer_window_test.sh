#!/usr/bin/env bash
# The real viewer window on the sample county, driven by real X input events (xdotool) under Xvfb: the wheel
# zooms about the cursor, a drag pans, the 2D/3D button and the V key switch views with an animation, Home fits
# the county again, ] moves the as-of date. The window reports its view state through --state-file.
# Usage (ctest runs it under xvfb-run): viewer_window_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
source "$(dirname "$0")/state_file.sh"

WORKSMAP_LANG=en "$binary" "$geodata/sample-county.worksmap.toml" --as-of 2023-06-30 --state-file "$state" \
  >"$work/out.log" 2>&1 &
viewer_pid=$!
wait_for width '$1 > 0' 180  # the map's first load: slow in the sanitizer build on a busy machine
find_window
width=$(field width)
height=$(field height)
mpp0=$(field metresPerPixel)
center0=$(field centerX)
echo "window $window: ${width}x${height}, $mpp0 m per pixel, centre x $center0"

# Wheel up three times at the window's centre: 1.25³ closer, the centre stays where it is.
xdotool mousemove --window "$window" $((width / 2)) $((height / 2))
sleep 0.3
for _ in 1 2 3; do xdotool click 4; sleep 0.2; done
wait_for metresPerPixel "\$1 < $mpp0 / 1.9 && \$1 > $mpp0 / 2.0"
echo "zoomed: $(field metresPerPixel) m per pixel"

# Drag 100 px to the right with the left button: the map follows, the centre moves 100 px west.
mpp1=$(field metresPerPixel)
cx1=$(field centerX)
xdotool mousedown 1
for step in 1 2 3 4 5; do xdotool mousemove --window "$window" $((width / 2 + step * 20)) $((height / 2)); sleep 0.1; done
xdotool mouseup 1
wait_for centerX "(\$1 - ($cx1 - 100 * $mpp1))^2 < ($mpp1 * 2)^2"
echo "dragged: centre x $(field centerX)"

# The 2D/3D button under the north arrow (scene::viewButtonRect: unit = height / 40, 2.6 × 1.6 units, its
# top-right corner one unit in from the right and 5.5 units down from the top).
unit=$((height / 40))
xdotool mousemove --window "$window" $((width - unit - unit * 13 / 10)) $((unit * 55 / 10 + unit * 8 / 10))
sleep 0.2
xdotool click 1
wait_for target3d '$1 == "true"'
wait_for blend '$1 == 1'
wait_for tiltDegrees '$1 > 54 && $1 < 56'
echo "3D: tilt $(field tiltDegrees)°"

# Right drag turns the 3D view.
xdotool mousemove --window "$window" $((width / 2)) $((height / 2))
xdotool mousedown 3
for step in 1 2 3 4 5; do xdotool mousemove --window "$window" $((width / 2 + step * 20)) $((height / 2)); sleep 0.1; done
xdotool mouseup 3
wait_for headingDegrees '$1 > 25 && $1 < 35'
echo "turned: heading $(field headingDegrees)°"

# V goes back to the plan view, north up; Home fits the county again; ] is one month later.
xdotool key v
wait_for target3d '$1 == "false"'
wait_for blend '$1 == 0'
wait_for headingDegrees '$1 == 0'
xdotool key Home
wait_for metresPerPixel "\$1 == $mpp0"
wait_for centerX "\$1 == $center0"
xdotool key bracketright
wait_for asOf '$1 == "2023-07-31"'  # a month end stays a month end
echo "plan view again, fitted, as of $(field asOf)"

kill "$viewer_pid"
wait "$viewer_pid" 2>/dev/null || true
viewer_pid=
grep -q "right drag" "$work/out.log" || fail "the viewer did not print its key help"
echo "PASS"

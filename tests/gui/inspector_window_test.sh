#!/usr/bin/env bash
# The Inspector in the real viewer on the sample county, driven by real X input (xdotool) under Xvfb: a click on
# a known project (荣站货运停车场, a car park in 城区) selects it — the state file reports it selected, the
# Inspector shows its name, the map's selection uniform is set and the screenshot turns cyan where it is drawn —
# without moving the map; a click on empty map clears the selection; in 3D a click picks it again. Where to
# click comes from the viewer (--state-probe NAME: "probeX"/"probeY", a window pixel where a pick finds that
# project in the view as it is).
# Usage (ctest runs it under xvfb-run): inspector_window_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
name=荣站货运停车场
source "$(dirname "$0")/state_file.sh"

# Pixels of the selection's hue (shaders/map.frag: rgb 0, 204, 255, drawn over the light fill as light cyan) in
# a 41 × 41 square around (x, y): blue above green well above red.
cyan_pixels() {
  import -window "$window" -crop "41x41+$(($1 - 20))+$(($2 - 20))" +repage "$work/crop.png"
  convert "$work/crop.png" -depth 8 txt:- |
    awk -F'[(),]' 'NR > 1 { r = $3 + 0; g = $4 + 0; b = $5 + 0; if (b >= 200 && b > g && g - r > 30 && b - r > 60) n++ }
                   END { print n + 0 }'
}

WORKSMAP_LANG=en "$binary" "$geodata/sample-county.worksmap.toml" --as-of 2023-06-30 --state-file "$state" \
  --state-probe "$name" >"$work/out.log" 2>&1 &
viewer_pid=$!
wait_for width '$1 > 0' 180  # the map's first load: slow in the sanitizer build on a busy machine
wait_for uiFrames '$1 >= 3'
wait_for probeX '$1 >= 0'
find_window
project=$(field probeProject)
[ "$(field selectedProject)" = -1 ] || fail "a project is selected before any click"
# The car park is two pixels wide in the whole county: the wheel zooms in about it (~9×), and the viewer
# reports where the project is now.
xdotool mousemove --window "$window" "$(field probeX)" "$(field probeY)"
sleep 0.2
for _ in $(seq 10); do xdotool click 4; sleep 0.1; done
wait_for metresPerPixel '$1 < 4'
sleep 0.5
x=$(field probeX)
y=$(field probeY)
[ "$x" -ge 0 ] || fail "the project left the window while zooming in"
cx0=$(field centerX)
before=$(cyan_pixels "$x" "$y")

xdotool mousemove --window "$window" "$x" "$y"
sleep 0.2
xdotool click 1
wait_for selectedProject "\$1 == $project"
wait_for mapSelected "\$1 == $project"
wait_for selectedName "\$1 == \"$name\""
[ "$(field centerX)" = "$cx0" ] || fail "a click on the map moved it"
sleep 0.5  # the frame that draws the highlight
after=$(cyan_pixels "$x" "$y")
[ "$after" -gt "$((before + 20))" ] || fail "the project is not highlighted: $before cyan pixels before, $after after"
echo "clicked $name at $x $y: selected #$project, Inspector shows its name, $before → $after highlighted pixels"
field statusBar | grep -q "lon 113\." || fail "the status bar gives no longitude: $(field statusBar)"

# Empty map, outside the county after going back to the whole map (Home), near the window's bottom right
# corner: the selection is cleared.
xdotool key Home
wait_for metresPerPixel '$1 > 30'
xdotool mousemove --window "$window" "$(($(field width) - 40))" "$(($(field height) - 120))"
sleep 0.2
xdotool click 1
wait_for selectedProject '$1 == -1'
wait_for mapSelected '$1 == -1'
[ -z "$(field selectedName)" ] || fail "the Inspector still shows $(field selectedName)"
echo "a click on empty map cleared the selection"

# In 3D (V, animated) a click meets the ground plane: the same project is picked where it is drawn now.
xdotool key v
wait_for blend '$1 == 1'
sleep 0.5
wait_for probeX '$1 >= 0'
xdotool mousemove --window "$window" "$(field probeX)" "$(field probeY)"
sleep 0.2
xdotool click 1
wait_for selectedProject "\$1 == $project"
echo "3D: clicked at $(field probeX) $(field probeY), selected #$project again"
echo "PASS"

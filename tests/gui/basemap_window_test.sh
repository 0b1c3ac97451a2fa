#!/usr/bin/env bash
# The real viewer over the sample county's imagery tile set (geodata/sample-county-imagery.worksmap.toml): the
# tiles of the view are read off the UI thread and drawn under the map (pixels read from the window as a user
# sees them); zoomed in, the view is read again once the wheel has rested; a short pan within the image's margin
# reads nothing. The window reports the basemap's reads through --state-file (basemapImages, basemapZoom).
# Usage (ctest runs it under xvfb-run): basemap_window_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
source "$(dirname "$0")/state_file.sh"

# The share of imagery in a 300 × 300 square at the window's middle: pixels darker than the map's pale background
# (247, 247, 242) and greener or bluer than red, as fields, woods and water are.
imagery_share() {
  import -window "$window" -crop "300x300+$((width / 2 - 150))+$((height / 2 - 150))" +repage "$work/crop.png"
  convert "$work/crop.png" -depth 8 txt:- |
    awk -F'[(),]' 'NR > 1 { r = $3 + 0; g = $4 + 0; b = $5 + 0; n++; if (r + g + b < 600 && (g > r || b > r)) k++ }
                   END { printf "%.2f", k / n }'
}

WORKSMAP_LANG=en "$binary" "$geodata/sample-county-imagery.worksmap.toml" --as-of 2023-06-30 --state-file "$state" \
  >"$work/out.log" 2>&1 &
viewer_pid=$!
wait_for width '$1 > 0' 180  # the map's first load: slow in the sanitizer build on a busy machine
find_window
width=$(field width)
height=$(field height)
wait_for basemapImages '$1 >= 1'
echo "first image: level $(field basemapZoom)"
share=$(imagery_share)
awk -v s="$share" 'BEGIN { exit !(s > 0.6) }' || fail "the middle of the map is not imagery: share $share"
echo "imagery share in the middle: $share"

# The wheel, four times at the middle: 1.25⁴ = 2.4× closer, beyond what the image serves (1.5×): one more read.
images=$(field basemapImages)
xdotool mousemove --window "$window" $((width / 2)) $((height / 2))
sleep 0.3
for _ in 1 2 3 4; do xdotool click 4; sleep 0.05; done
wait_for basemapImages "\$1 == $images + 1"
share=$(imagery_share)
awk -v s="$share" 'BEGIN { exit !(s > 0.6) }' || fail "zoomed in, the middle is not imagery: share $share"
echo "zoomed in: image $(field basemapImages), level $(field basemapZoom), imagery share $share"

# A drag of 40 px stays within the image's margin (a quarter of the view on each side): nothing is read.
images=$(field basemapImages)
xdotool mousedown 1
for step in 1 2 3 4; do xdotool mousemove --window "$window" $((width / 2 + step * 10)) $((height / 2)); sleep 0.1; done
xdotool mouseup 1
sleep 1
[ "$(field basemapImages)" = "$images" ] || fail "a short pan read the basemap again"
grep -q 'tile [0-9]' "$work/out.log" && fail "the viewer complained about tiles: $(cat "$work/out.log")"
echo "a short pan read nothing"

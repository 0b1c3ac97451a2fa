#!/usr/bin/env bash
# The Slides panel in the real viewer, on a copy of the sample county's workspace (its nine-slide briefing), driven
# by real X input under Xvfb: every slide's thumbnail is drawn without the slide being visited; a row's click flies the map to that slide (the 3D 城区 slide: the camera ends in 3D)
# and its thumbnail is drawn; Add slide makes a tenth slide of the view, titled by typing; Save writes it into the
# workspace file with every byte before the slides as it was; Delete and Save give back the original file byte for
# byte; Down and Save reorder the file's slides; Present starts presentation mode from the selected slide.
# Usage (ctest runs it under xvfb-run): slides_window_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
source "$(dirname "$0")/state_file.sh"

cp -r "$geodata" "$work/county"
workspace=$work/county/sample-county.worksmap.toml
cp "$workspace" "$work/original.toml"

WORKSMAP_LANG=en "$binary" "$workspace" --as-of 2023-06-30 --state-file "$state" >"$work/out.log" 2>&1 &
viewer_pid=$!
wait_for width '$1 > 0' 180
wait_for uiFrames '$1 >= 3'
find_window
[ "$(field slideCount)" = 9 ] || fail "the workspace's 9 slides are not in the desk: $(field slideCount)"

rows() { grep -o '"target\.slides\.row\.[0-9]*"' "$state" | wc -l; }
slides_in_file() { grep -c '^\[\[slide\]\]' "$workspace"; }

wait_settled desk.slides
click_target desk.slides
wait_settled slides.row.9
[ "$(rows)" = 9 ] || fail "the panel lists $(rows) slides, not 9"

# Every slide's thumbnail comes without visiting it: drawn offscreen, one a frame, each a map (not a grey box: its
# luminance varies across the picture).
wait_for thumbnailsCurrent '$1 == 9' 180
[ "$(field slide)" = 0 ] || fail "the view was moved to slide $(field slide) to draw the thumbnails"
wait_for thumbnailSpreadMin '$1 > 8'
echo "all 9 thumbnails drawn without visiting a slide; the flattest has a luminance spread of $(field thumbnailSpreadMin)"

# A click on slide 2 (城区三维: 3D, as of 2022-12-31) flies there; its thumbnail comes with the landing.
click_target slides.row.2
wait_for slide '$1 == 2'
wait_for flying '$1 == "false"'
wait_for target3d '$1 == "true"'
wait_for blend '$1 == 1.000'
[ "$(field asOf)" = 2022-12-31 ] || fail "slide 2 shows $(field asOf)"
wait_for thumbnails '$1 >= 1'
echo "a click flew to slide 2 in 3D; thumbnails: $(field thumbnails)"

# Add slide: a tenth slide of this view after slide 2, its thumbnail at once; a title typed.
click_target slides.add
wait_for slideCount '$1 == 10'
wait_for slide '$1 == 3'
wait_for slidesUnsaved '$1 == "true"'
wait_for thumbnails '$1 >= 2'
wait_settled slides.title
click_target slides.title
wait_for textInput '$1 == "true"'  # the field has the keyboard: typed text goes to it
xdotool type --delay 50 "Bridge works"
wait_for slideTitle '$0 == "Bridge works"'
wait_settled slides.save
click_target slides.save
wait_for slidesUnsaved '$1 == "false"'
[ "$(slides_in_file)" = 10 ] || fail "the saved file has $(slides_in_file) slides, not 10"
grep -q '^title = "Bridge works"' "$workspace" || fail "the typed title is not in the saved file"
grep -q '^view = "3d"' "$workspace" || fail "no 3D slide in the saved file"
head_lines=$(grep -n -m1 '^\[\[slide\]\]' "$work/original.toml" | cut -d: -f1)
cmp -s <(head -n $((head_lines - 3)) "$work/original.toml") <(head -n $((head_lines - 3)) "$workspace") ||
  fail "the lines before the slides changed"
echo "Add slide and Save: 10 slides in the file, the lines before them unchanged"

# Delete it and save: the original file, byte for byte.
wait_settled slides.delete
click_target slides.delete
wait_for slideCount '$1 == 9'
wait_settled slides.save
click_target slides.save
wait_for slidesUnsaved '$1 == "false"'
cmp "$work/original.toml" "$workspace" || fail "deleting the new slide did not give back the original file"
echo "Delete and Save: the original file, byte for byte"

# Slide 2 down one place and save: 城区三维 is the file's third slide.
click_target slides.row.2
wait_for slide '$1 == 2'
wait_for flying '$1 == "false"'
wait_settled slides.down
click_target slides.down
wait_for slide '$1 == 3'
wait_settled slides.save
click_target slides.save
wait_for slidesUnsaved '$1 == "false"'
third=$(grep '^title = ' "$workspace" | sed -n 4p)  # after the workspace's own title
[ "$third" = 'title = "城区三维"' ] || fail "the third slide saved is $third; titles: $(grep "^title = " "$workspace" | tr "\n" " ")"
echo "Down and Save: 城区三维 is the third slide in the file"

# Present from the selected slide; Esc back.
wait_settled slides.present
click_target slides.present
wait_for presenting '$1 == "true"'
wait_for slideNumber '$1 == 3'
xdotool key Escape
wait_for presenting '$1 == "false"'
echo "Present started from slide 3; Esc back to the desk"

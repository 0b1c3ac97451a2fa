#!/usr/bin/env bash
# District progress's Export atlas and the Slides panel's Export deck in the real viewer on the sample county,
# driven by xdotool under Xvfb: Save in the atlas's dialog starts it, the window keeps drawing frames while the
# panel shows its progress bar, and the PDF that comes out has the county's page and a page per district
# (pdfinfo) with their names as text (pdftotext); a deck cancelled from the Slides panel part way leaves no
# temporary and an older file of the same name byte for byte as it was.
# Usage (ctest runs it under xvfb-run): page_export_window_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
source "$(dirname "$0")/state_file.sh"

# The save dialogs open in the current directory (no report folder remembered yet).
mkdir -p "$work/out"
cd "$work/out"
rm -f "$state"
WORKSMAP_LANG=en "$binary" "$geodata/sample-county.worksmap.toml" --as-of 2022-12-31 --state-file "$state" \
  >"$work/out.log" 2>&1 &
viewer_pid=$!
wait_for width '$1 > 0' 180
wait_for uiFrames '$1 >= 3'
find_window

# District progress: Export atlas, for the desk's date; the PDF has the county's page and one per district.
wait_settled desk.districts
click_target desk.districts
wait_settled districts.atlas
click_target districts.atlas
wait_settled savedialog.save
click_target savedialog.save
wait_for 'target\.districts\.atlas\.progress' 'NF == 4' 120
frames0=$(field uiFrames)
wait_for 'target\.districts\.atlas\.outcome' 'NF == 4' 600
frames1=$(field uiFrames)
[ $((frames1 - frames0)) -ge 5 ] || fail "the window drew only $((frames1 - frames0)) frames while the atlas was written"
atlas=$work/out/atlas_2022-12-31.pdf
[ -f "$atlas" ] || fail "no atlas at $atlas: $(ls "$work/out")"
[ ! -e "$atlas.tmp" ] || fail "the temporary was left behind"
pages=$(pdfinfo "$atlas" | sed -n 's/^Pages: *//p')
[ "$pages" = 9 ] || fail "the atlas has $pages pages, not the county's and 8 districts'"
text=$(pdftotext "$atlas" -)
grep -q '城区' <<<"$text" || fail "城区 is not in the atlas's text"
echo "Export atlas: $pages pages; the window drew $((frames1 - frames0)) frames meanwhile"

# The Slides panel: Export deck (PDF, 1920 × 1080 maps: the slowest pages), cancelled at once; an older deck of
# that name stays byte for byte as it was.
deck=$work/out/sample-county.pdf
echo "an older deck" >"$deck"
cp "$deck" "$work/older.pdf"
wait_settled desk.slides
click_target desk.slides
wait_settled slides.deck
click_target slides.deck
wait_settled savedialog.save
click_target savedialog.save
wait_settled savedialog.replace  # the file exists: replaced only when confirmed
click_target savedialog.replace
wait_for 'target\.slides\.deck\.progress' 'NF == 4' 120
click_target slides.deck.cancel
wait_for 'target\.slides\.deck\.outcome' 'NF == 4' 300
cmp "$deck" "$work/older.pdf" || fail "the cancelled deck changed the older file"
[ ! -e "$deck.tmp" ] || fail "the cancelled deck left its temporary"
echo "Export deck cancelled: nothing written, the older file unchanged"
kill "$viewer_pid"

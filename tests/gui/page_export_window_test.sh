#!/usr/bin/env bash
# The Slides panel's Export deck and District progress's Export atlas in the real viewer on the sample county,
# driven by xdotool under Xvfb: Save in the deck's dialog starts the deck, the window keeps drawing frames while
# the panel shows its progress bar, and the PDF that comes out has the cover and a page per slide (pdfinfo) with
# the slides' titles as text (pdftotext); an atlas cancelled from District progress part way leaves no file, no
# temporary, and an older file of the same name byte for byte as it was.
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

wait_settled desk.slides
click_target desk.slides
wait_settled slides.deck
click_target slides.deck
wait_settled savedialog.save
click_target savedialog.save
wait_for 'target\.slides\.deck\.progress' 'NF == 4' 120
frames0=$(field uiFrames)
wait_for 'target\.slides\.deck\.outcome' 'NF == 4' 600
frames1=$(field uiFrames)
[ $((frames1 - frames0)) -ge 10 ] || fail "the window drew only $((frames1 - frames0)) frames while the deck was written"
deck=$work/out/sample-county.pdf
[ -f "$deck" ] || fail "no deck at $deck: $(ls "$work/out")"
[ ! -e "$deck.tmp" ] || fail "the temporary was left behind"
pages=$(pdfinfo "$deck" | sed -n 's/^Pages: *//p')
[ "$pages" = 10 ] || fail "the deck has $pages pages, not the cover and 9 slides"
pdftotext "$deck" - | grep -q '城区三维' || fail "the 3D slide's title is not in the deck's text"
echo "Export deck: $pages pages; the window drew $((frames1 - frames0)) frames meanwhile"

# District progress: Export atlas, cancelled after its first map; an older atlas of that name stays as it was.
atlas=$work/out/atlas_2022-12-31.pdf
echo "an older atlas" >"$atlas"
cp "$atlas" "$work/older.pdf"
wait_settled desk.districts
click_target desk.districts
wait_settled districts.atlas
click_target districts.atlas
wait_settled savedialog.save
click_target savedialog.save
wait_settled savedialog.replace  # the file exists: replaced only when confirmed
click_target savedialog.replace
wait_for 'target\.districts\.atlas\.progress' 'NF == 4' 120
wait_settled districts.atlas.cancel
click_target districts.atlas.cancel
wait_for 'target\.districts\.atlas\.outcome' 'NF == 4' 120
cmp "$atlas" "$work/older.pdf" || fail "the cancelled atlas changed the older file"
[ ! -e "$atlas.tmp" ] || fail "the cancelled atlas left its temporary"
echo "Export atlas cancelled: nothing written, the older file unchanged"
kill "$viewer_pid"

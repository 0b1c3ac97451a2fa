#!/usr/bin/env bash
# The viewer as a desktop window (SDL2) on the sample county, in Chinese, driven by real X input under Xvfb:
# the title read back with xprop is the UTF-8 Chinese title and the window class is worksmap; Chinese typed into
# the search box (xdotool type, which sends keysyms no Latin-1 key has) reaches the desk and finds 青山北路改造;
# text put on the X clipboard by another program is pasted with Ctrl+V, and District progress's Copy reaches the
# X clipboard (read back with xclip); F11 toggles full screen; a resize to 1024×700 keeps every open panel on
# screen; Esc never quits; Ctrl+Q quits.
# Usage (ctest runs it under xvfb-run): desktop_window_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
source "$(dirname "$0")/state_file.sh"

# A window manager, as on every desktop: full screen is the window manager's to grant (_NET_WM_STATE).
openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm_pid=$!
trap 'kill $wm_pid 2>/dev/null || true; cleanup' EXIT
for _ in $(seq 100); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break; sleep 0.1; done

# xdotool types a character no key has by remapping a spare key for it and back at once; a program that reads
# its events a moment later (a slow frame) then finds the key mapped to something else. The test's Chinese
# characters get keys of their own first, as a keyboard layout would give them.
spare=($(xmodmap -pke | awk 'NF == 3 && $1 == "keycode" && $2 > 8 { print $2 }'))
[ ${#spare[@]} -ge 4 ] || fail "no spare key codes for the Chinese characters"
i=0
for codepoint in 9752 5C71 5317 8DEF; do  # 青 山 北 路
  xmodmap -e "keycode ${spare[$i]} = U$codepoint"
  i=$((i + 1))
done

WORKSMAP_LANG=zh "$binary" "$geodata/sample-county.worksmap.toml" --as-of 2023-06-30 --state-file "$state" \
  >"$work/out.log" 2>&1 &
viewer_pid=$!
wait_for width '$1 > 0' 180  # the map's first load: slow in the sanitizer build on a busy machine
wait_for uiFrames '$1 >= 3'
wait_for 'target\.filters\.search' 'NF == 4'
find_window

# The title: UTF-8 in _NET_WM_NAME, the same text the window reports; the class names the program.
title=$(sed -n 's/.*"title":"\([^"]*\)".*/\1/p' "$state")
case "$title" in 城建项目一张图*) ;; *) fail "the window's title is '$title'" ;; esac
xprop -id "$window" _NET_WM_NAME | grep -qF "= \"$title\"" ||
  fail "_NET_WM_NAME is $(xprop -id "$window" _NET_WM_NAME), not '$title'"
xprop -id "$window" WM_CLASS | grep -q '"worksmap"' || fail "WM_CLASS is $(xprop -id "$window" WM_CLASS)"
echo "title: $title"

# Chinese typed into the search box: text input turns on with the focus, the characters arrive, the match is
# the road project, and a click on it selects it.
click_target filters.search
wait_for textInput '$1 == "true"'
xdotool type --delay 60 "青山北路"
wait_for search '$1 == "青山北路"'
wait_for 'target\.filters\.match\.0' 'NF == 4'
click_target filters.match.0
wait_for selectedName '$1 ~ /^青山北路改造/'
echo "typed 青山北路: selected $(field selectedName)"

# Pasting from the X clipboard: another program's text replaces the search.
click_target filters.search
wait_for textInput '$1 == "true"'
printf '新福路' | xclip -selection clipboard
xdotool key ctrl+a
xdotool key ctrl+v
wait_for search '$1 == "新福路"'
echo "pasted from the X clipboard: $(field search)"

# District progress's Copy table reaches the X clipboard: a tab-separated header and a line per row.
click_target desk.districts
wait_for districtsOpen '$1 == "true"'
wait_settled districts.copy
printf 'stale' | xclip -selection clipboard
click_target districts.copy
for _ in $(seq 50); do
  copied=$(timeout 2 xclip -o -selection clipboard 2>/dev/null || true)
  [ "$copied" != stale ] && [ -n "$copied" ] && break
  sleep 0.1
done
rows=$(field districtRows)
lines=$(printf '%s\n' "$copied" | grep -c .)
printf '%s\n' "$copied" | head -1 | grep -q "^片区	类型	" ||
  fail "the clipboard's first line is not the table's Chinese header: $(printf '%s\n' "$copied" | head -1)"
[ "$lines" -gt "$rows" ] || fail "the clipboard holds $lines lines for $rows district rows"
# A table for Excel/WPS: every line has as many tab-separated cells as the header.
cells=$(printf '%s\n' "$copied" | awk -F'\t' '{ print NF }' | sort -u)
[ "$(echo "$cells" | wc -l)" -eq 1 ] && [ "$cells" -gt 10 ] || fail "the copied lines have $cells cells"
echo "copied $lines lines to the X clipboard"
click_target desk.districts
wait_for districtsOpen '$1 == "false"'

# F11: full screen (the Xvfb screen's size) and back.
xdotool key F11
wait_for fullscreen '$1 == "true"'
wait_for windowWidth '$1 == 1920'
xdotool key F11
wait_for fullscreen '$1 == "false"'
wait_for windowWidth '$1 < 1920'
echo "F11 toggled full screen"

# A resize to 1024×700: every entry of every open panel stays inside the window.
xdotool windowsize "$window" 1024 700
wait_for windowWidth '$1 == 1024'
wait_for windowHeight '$1 == 700'
wait_for uiFrames "\$1 >= $(( $(field uiFrames) + 2 ))"
rects=$(tr ',' '\n' <"$state" |
  sed -n 's/^"\(\(target\|panel\)\.[^"]*\)":"\([-0-9.]*\) \([-0-9.]*\) \([-0-9.]*\) \([-0-9.]*\)"}*$/\1 \3 \4 \5 \6/p')
off=$(echo "$rects" | awk '$2 < 0 || $3 < 0 || $4 > 1024 || $5 > 700 { print $1 }')
[ -z "$off" ] || fail "after the resize these are off screen: $off"
# No panel covers the map's title (the overlay's rectangle the window reports).
read -r tx0 ty0 tx1 ty1 <<<"$(field 'overlay\.title')"
[ -n "$tx1" ] || fail "the state line has no title rectangle"
over=$(echo "$rects" | awk -v x0="$tx0" -v y0="$ty0" -v x1="$tx1" -v y1="$ty1" \
  '$1 ~ /^panel\./ && $2 < x1 && $4 > x0 && $3 < y1 && $5 > y0 { print $1 }')
[ -z "$over" ] || fail "after the resize these panels cover the title: $over"
# Nor the scale bar, which stands above the status bar.
read -r sx0 sy0 sx1 sy1 <<<"$(field 'overlay\.scale')"
[ "${sx1:-0}" -gt "${sx0:-0}" ] || fail "the state line has no scale bar rectangle"
over=$(echo "$rects" | awk -v x0="$sx0" -v y0="$sy0" -v x1="$sx1" -v y1="$sy1" \
  '$1 ~ /^panel\./ && $2 < x1 && $4 > x0 && $3 < y1 && $5 > y0 { print $1 }')
[ -z "$over" ] || fail "after the resize these panels cover the scale bar: $over"
echo "resized to 1024x700: every panel and entry on screen, the title and scale bar uncovered ($(echo "$rects" | grep -c '^panel\.') panels)"

# At 1024 px the toolbar's panel check boxes are in the Panels list: District progress opens from it, and closes
# from it again while its window stands beside the toolbar.
[ "$(field compactDesk)" = true ] || fail "no compact desk at 1024 px"
for want in true false; do
  click_target desk.panels
  wait_settled desk.districts
  click_target desk.districts
  wait_for districtsOpen "\$1 == \"$want\""
done
echo "Panels list at 1024 px: District progress opened and closed"

# Esc never quits.
xdotool key Escape
sleep 0.5
kill -0 "$viewer_pid" 2>/dev/null || fail "Esc closed the window"

# Ctrl+Q quits at once when nothing would be lost (the question before losing a measurement is tested on the
# desk itself: tests/ui/quit_dialog_test.cpp), with exit code 0.
xdotool key ctrl+q
status=0
wait "$viewer_pid" || status=$?
viewer_pid=
[ "$status" -eq 0 ] || fail "exit code $status after Ctrl+Q"
echo "Ctrl+Q quit"
echo "PASS"

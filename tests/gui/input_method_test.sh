#!/usr/bin/env bash
# Chinese typed through a real input method: fcitx5 with its pinyin engine, on its own session bus under Xvfb,
# as a Chinese desktop runs it. The viewer (SDL2, which talks to fcitx5 over D-Bus) gets the search box's focus,
# the input method is switched on, "qingshanbeilu" is typed as keys and Space takes the first candidate:
# 青山北路 reaches the search box and its match is the road project 青山北路改造.
# Usage (ctest runs it under xvfb-run): input_method_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
source "$(dirname "$0")/state_file.sh"

# fcitx5 reads its profile from the home directory: a scratch one, with pinyin beside the US keyboard.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$XDG_CONFIG_HOME/fcitx5"
cat >"$XDG_CONFIG_HOME/fcitx5/profile" <<'EOF'
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
EOF

eval "$(dbus-launch --sh-syntax)"
openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm_pid=$!
fcitx5 >"$work/fcitx5.log" 2>&1 &
im_pid=$!
# fcitx5 saves its pinyin history when it ends: wait for it before the scratch home goes.
trap 'kill $im_pid $wm_pid 2>/dev/null || true; wait $im_pid 2>/dev/null || true
      kill $DBUS_SESSION_BUS_PID 2>/dev/null || true; cleanup' EXIT
# Ready once it owns its bus name. Asked without activating it: a call to the name itself (fcitx5-remote) before
# then would have D-Bus start a second fcitx5 from its service file, and the two would fight over the name.
im_on_bus() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.fcitx.Fcitx5 2>/dev/null | grep -q "boolean true"
}
for _ in $(seq 300); do
  im_on_bus && break
  kill -0 "$im_pid" 2>/dev/null || fail "fcitx5 ended: $(tail -5 "$work/fcitx5.log")"
  sleep 0.1
done
im_on_bus || fail "fcitx5 did not take its bus name: $(tail -5 "$work/fcitx5.log")"
# fcitx5-remote prints the state: 0 closed, 1 inactive, 2 active.
im_state() { fcitx5-remote 2>/dev/null || true; }

SDL_IM_MODULE=fcitx XMODIFIERS=@im=fcitx WORKSMAP_LANG=zh \
  "$binary" "$geodata/sample-county.worksmap.toml" --as-of 2023-06-30 --state-file "$state" >"$work/out.log" 2>&1 &
viewer_pid=$!
wait_for width '$1 > 0' 180  # the map's first load: slow in the sanitizer build on a busy machine
wait_settled filters.search
find_window

click_target filters.search
wait_for textInput '$1 == "true"'
# The viewer's input context has the focus: switch pinyin on and wait until fcitx5 says it is active.
for _ in $(seq 100); do
  [ "$(im_state)" = 2 ] && break
  fcitx5-remote -o 2>/dev/null || true
  sleep 0.1
done
[ "$(im_state)" = 2 ] || fail "fcitx5 did not activate for the viewer (state $(im_state))"
xdotool type --delay 60 qingshanbeilu
[ -z "$(field search)" ] || fail "the pinyin reached the search box before a candidate was chosen: $(field search)"
xdotool key space
wait_for search '$1 == "青山北路"'
wait_for 'target\.filters\.match\.0' 'NF == 4'
click_target filters.match.0
wait_for selectedName '$1 ~ /^青山北路改造/'
echo "pinyin qingshanbeilu + Space through fcitx5: search $(field search), selected $(field selectedName)"
echo "PASS"

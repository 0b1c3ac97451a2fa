#!/usr/bin/env bash
# The Timeline's Export video in the real viewer on the sample county, driven by xdotool under Xvfb: the button
# asks for a file name, Save starts the video, the window keeps drawing frames while the Timeline shows its
# progress bar, and the MP4 that comes out has the period's frames (read back with ffprobe); a second, long
# export cancelled from the Timeline leaves neither the video nor its temporary behind. Entries are found where
# the window reports them (--state-file "target.<id>").
# Usage (ctest runs it under xvfb-run): video_export_window_test.sh WORKSMAP_BINARY GEODATA_DIR
set -euo pipefail
binary=$1
geodata=$2
source "$(dirname "$0")/state_file.sh"

# The Timeline fits its content: after its period rows come or go it changes size in its next frames and the desk
# places it again. Frames are drawn on demand, so the pointer is moved to draw them before Export video is found.
timeline_settles() {
  for x in 5 6 5 6; do xdotool mousemove --window "$window" "$x" 5; sleep 0.3; done
  wait_settled timeline.video
}

# Waits until the desk no longer draws the entry $1 and its panels are in their places.
wait_gone() {
  for _ in $(seq 600); do
    grep -q "\"target\.$1\"" "$state" || break
    sleep 0.1
  done
  grep -q "\"target\.$1\"" "$state" && fail "the entry $1 is still drawn"
  wait_for settling '$1 == "false"'
}

# The save dialog opens in the current directory (no report folder remembered yet).
mkdir -p "$work/videos"
cd "$work/videos"
rm -f "$state"
WORKSMAP_LANG=en "$binary" "$geodata/sample-county.worksmap.toml" --as-of 2022-01-31 --state-file "$state" \
  >"$work/out.log" 2>&1 &
viewer_pid=$!
wait_for width '$1 > 0' 180
wait_for uiFrames '$1 >= 3'
wait_for 'target\.timeline\.video' 'NF == 4'
find_window

# Period mode: 2022-01-01 to the as-of date, 2022-01-31 (30 days: 30 / 30 × 25 = 25 frames, 1.00 s; a short
# period keeps the test quick, the frame count's rounding up is tested in tests/publish/frame_schedule_test.cpp).
click_target timeline.period
wait_for periodMode '$1 == "true"'
wait_settled timeline.period_to  # the panel has grown by the period's rows: Export video has moved down
timeline_settles
click_target timeline.video
wait_settled savedialog.save
click_target savedialog.save
wait_for 'target\.timeline\.video\.progress' 'NF == 4' 120
frames0=$(field uiFrames)
wait_for 'target\.timeline\.video\.outcome' 'NF == 4' 300
frames1=$(field uiFrames)
[ $((frames1 - frames0)) -ge 10 ] || fail "the window drew only $((frames1 - frames0)) frames while the video was made"
video=$work/videos/progress_2022-01-01_2022-01-31.mp4
[ -f "$video" ] || fail "no video at $video: $(ls "$work/videos")"
[ ! -e "$video.tmp" ] || fail "the temporary was left behind"
probe=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=codec_name,width,height,nb_read_frames,duration \
  -of default=noprint_wrappers=1 "$video" | tr '\n' ' ')
[ "$probe" = "codec_name=h264 width=1280 height=720 duration=1.000000 nb_read_frames=25 " ] ||
  fail "ffprobe read: $probe"
echo "exported: $probe; the window drew $((frames1 - frames0)) frames meanwhile"

# Out of period mode the video runs through the data's dates: long. Cancelled from the Timeline, it leaves nothing.
click_target timeline.period
wait_for periodMode '$1 == "false"'
wait_gone timeline.period_to
timeline_settles
click_target timeline.video
wait_settled savedialog.save
click_target savedialog.save
wait_for 'target\.timeline\.video\.progress' 'NF == 4' 120
long=$(ls "$work/videos" | grep -v '^progress_2022-01-01_2022-01-31.mp4$' | head -1)
sleep 1
click_target timeline.video.cancel
wait_for 'target\.timeline\.video\.outcome' 'NF == 4' 120
[ -z "$(ls "$work/videos" | grep -v '^progress_2022-01-01_2022-01-31.mp4$')" ] ||
  fail "a cancelled export left $(ls "$work/videos")"
echo "cancelled export ($long) left nothing"
kill "$viewer_pid"

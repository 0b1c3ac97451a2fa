#!/usr/bin/env bash
# The Debian package as a planner's PC gets it: cpack builds the .deb from the binary already built, dpkg-deb
# unpacks it into a scratch root, and the unpacked worksmap runs from there — working directory, HOME and
# environment far from the source tree, and (where a mount namespace can be made) the source tree and the build
# inside it hidden under an empty tmpfs, so only the package's own files can be used. Checks: control fields,
# the files in place (the README and the documents it links to), `--help`, `--version` naming the installed
# folders, `report` on the installed sample equal to the source tree's, `render` drawing the sample with the
# status colours, desktop-file-validate, the MIME database built from the package's types, the icon's sizes, and
# the English and Chinese man pages (no groff warnings, every option of `--help` documented).
# Usage (ctest runs it under xvfb-run): package_test.sh CPACK BUILD_DIR SOURCE_DIR BUILT_WORKSMAP
set -euo pipefail
cpack=$1
build=$(realpath "$2")
source=$(realpath "$3")
built=$4

scratch=$(mktemp -d "${TMPDIR:-/tmp}/wm-package-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# 1. The package, from the build directory's CPack configuration, written only into the scratch directory.
started=$(date +%s%N)
(cd "$scratch" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/cpack") >"$scratch/cpack.log" 2>&1 ||
  { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
echo "cpack: $((($(date +%s%N) - started) / 1000000)) ms"
debs=("$scratch"/cpack/worksmap_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "no single worksmap_*.deb in $scratch/cpack"
deb=${debs[0]}
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
[ "$(dpkg-deb -f "$deb" Package)" = worksmap ] || fail "Package is not worksmap"
[ "$(dpkg-deb -f "$deb" Section)" = science ] || fail "Section is not science"
dpkg-deb -f "$deb" Maintainer | grep -q '<.*@.*>' || fail "Maintainer has no e-mail address"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in 'libgdal[0-9]' 'libproj[0-9]' 'libopenscenegraph[0-9]' 'libgeos-c' 'libfontconfig1' 'fonts-noto-cjk' 'libxlsxwriter[0-9]'; do
  echo "$depends" | grep -Eq "(^|, )$needed" || fail "Depends lacks $needed"
done

# 2. Unpacked into a scratch root: the files a desktop and the program look for.
root=$scratch/root
dpkg-deb -x "$deb" "$root"
for file in usr/bin/worksmap usr/share/worksmap/shaders/map.vert usr/share/worksmap/assets/styles/default.toml \
  usr/share/worksmap/geodata/sample-county.worksmap.toml usr/share/worksmap/geodata/county/works_parks.shp \
  usr/share/worksmap/geodata/sample-county-imagery.worksmap.toml usr/share/worksmap/geodata/imagery.mbtiles \
  usr/share/applications/worksmap.desktop usr/share/mime/packages/worksmap.xml usr/share/man/man1/worksmap.1.gz \
  usr/share/man/zh_CN/man1/worksmap.1.gz \
  usr/share/icons/hicolor/48x48/apps/worksmap.png usr/share/icons/hicolor/256x256/apps/worksmap.png; do
  [ -f "$root/$file" ] || fail "the package lacks /$file"
done
[ -x "$root/usr/bin/worksmap" ] || fail "/usr/bin/worksmap is not executable"
# The installed README's links to docs/… lead to installed documents.
doc=$root/usr/share/doc/worksmap
[ -f "$doc/README.md" ] || fail "the package lacks /usr/share/doc/worksmap/README.md"
for linked in $(grep -o '(docs/[A-Za-z_]*\.md' "$doc/README.md" | cut -c2- | sort -u); do
  [ -f "$doc/$linked" ] || fail "README.md links to $linked, which the package lacks"
done
if readelf -S "$root/usr/bin/worksmap" | grep -q '\.symtab'; then fail "/usr/bin/worksmap is not stripped"; fi

# 3. Run far from the source tree. Where this machine allows a mount namespace (root, or user namespaces), the
# source tree — which holds the build directory — is covered by an empty tmpfs for the program's run.
work=$scratch/work
mkdir -p "$work" "$scratch/home"
hide=()
case "$work/" in "$source/"*) fail "the scratch directory $work is inside the source tree" ;; esac
for candidate in "unshare --mount" "unshare --map-root-user --mount"; do
  # shellcheck disable=SC2086 # the candidate's words are the command
  if $candidate sh -c 'mount -t tmpfs none "$0"' "$source" 2>/dev/null; then
    read -r -a hide <<<"$candidate --propagation private"
    break
  fi
done
installed() {  # runs the unpacked worksmap with ARGS in $work; stdout to $work/out, stderr to $work/err
  local status=0
  if [ ${#hide[@]} -gt 0 ]; then
    (cd "$work" && env -u WORKSMAP_SHADERS -u WORKSMAP_ASSETS -u WORKSMAP_GEODATA HOME="$scratch/home" \
      WORKSMAP_CONFIG_DIR="$scratch/home/config" WORKSMAP_LANG=en "${hide[@]}" \
      sh -c 'mount -t tmpfs none "$0" && exec "$@"' "$source" "$root/usr/bin/worksmap" "$@") >"$work/out" 2>"$work/err" ||
      status=$?
  else
    (cd "$work" && env -u WORKSMAP_SHADERS -u WORKSMAP_ASSETS -u WORKSMAP_GEODATA HOME="$scratch/home" \
      WORKSMAP_CONFIG_DIR="$scratch/home/config" WORKSMAP_LANG=en "$root/usr/bin/worksmap" "$@") \
      >"$work/out" 2>"$work/err" || status=$?
  fi
  return $status
}
if [ ${#hide[@]} -gt 0 ]; then
  # The namespace really hides it: a file of the source tree is not there for a program run the same way.
  "${hide[@]}" sh -c 'mount -t tmpfs none "$0" && test ! -e "$0/shaders/map.vert"' "$source" ||
    fail "the source tree could not be hidden"
  echo "source tree hidden from the installed program: $source"
else
  echo "NOTE: no mount namespace here; the source tree stays visible, --version shows which copies are used"
fi

installed --help || fail "worksmap --help exited $?: $(cat "$work/err")"
for word in report check render --as-of --version; do
  grep -q -- "$word" "$work/out" || fail "--help does not mention $word"
done

installed --version || fail "worksmap --version exited $?"
share=$root/usr/share/worksmap
expected="shaders: $share/shaders (installed)
assets: $share/assets (installed)
geodata: $share/geodata (installed)"
[ "$(head -n 1 "$work/out")" = "worksmap $(dpkg-deb -f "$deb" Version)" ] ||
  fail "the package's version is not the program's: $(head -n 1 "$work/out")"
[ "$(tail -n 3 "$work/out")" = "$expected" ] || fail "--version does not name the installed folders:
$(cat "$work/out")"

# The installed sample county is whole: the same figures as the source tree's (GBK parks layer included).
installed report "$share/geodata/sample-county.worksmap.toml" --as-of 2023-06-30 --format csv ||
  fail "report on the installed sample exited $?: $(cat "$work/err")"
WORKSMAP_LANG=en "$built" report "$source/geodata/sample-county.worksmap.toml" --as-of 2023-06-30 --format csv \
  >"$scratch/expected.csv"
cmp -s "$work/out" "$scratch/expected.csv" || fail "report on the installed sample differs from the source tree's"
grep -q '^城区,park,' "$work/out" || fail "the installed sample's parks are missing from the report"

# The map, drawn by the installed program with its own shaders and style. At 2023-06-30 the sample has works in
# every status but suspended: count pixels within 12 of each status colour of assets/styles/default.toml.
installed render "$share/geodata/sample-county.worksmap.toml" -o county.png --size 800x600 --as-of 2023-06-30 ||
  fail "render exited $?: $(cat "$work/err")"
if grep -Eiq 'shader|style|default\.toml|cannot read' "$work/err"; then fail "render complained: $(cat "$work/err")"; fi
[ "$(identify -format '%wx%h' "$work/county.png")" = 800x600 ] || fail "county.png is not 800x600"
# The histogram has a line "COUNT: (R,G,B) ..." per colour.
counts=$(convert "$work/county.png" -alpha off -depth 8 -format %c histogram:info:- | awk -F'[:(),]' '
  function near(R, G, B) { return (r - R) ^ 2 + (g - G) ^ 2 + (b - B) ^ 2 <= 144 }
  { n = $1 + 0; r = $3 + 0; g = $4 + 0; b = $5 + 0; all += n; if (n > top) top = n
    if (near(120, 144, 184)) planned += n
    if (near(245, 158, 10)) building += n
    if (near(26, 140, 64)) completed += n }
  END { print planned + 0, building + 0, completed + 0, top / all }')
read -r planned building completed top <<<"$counts"
echo "render: planned $planned, under construction $building, completed $completed pixels; commonest colour $top"
[ "$planned" -ge 50 ] && [ "$building" -ge 50 ] && [ "$completed" -ge 50 ] ||
  fail "the rendered map lacks works in the status colours"
awk -v top="$top" 'BEGIN { exit !(top < 0.9) }' || fail "the rendered map is nearly one colour (blank?)"
# Over the installed imagery tile set: no word about its tiles on stderr (those of the view read whole).
installed render "$share/geodata/sample-county-imagery.worksmap.toml" -o imagery.png --size 400x300 \
  --district 城区 || fail "render over the imagery exited $?: $(cat "$work/err")"
if grep -Eiq 'tile|basemap' "$work/err"; then fail "render over the imagery complained: $(cat "$work/err")"; fi

# 4. Desktop integration: the entry validates, names the icon installed and the types the MIME package defines.
desktop=$root/usr/share/applications/worksmap.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects worksmap.desktop"
grep -qx 'Name\[zh_CN\]=城建项目一张图' "$desktop" || fail "the .desktop entry has no Chinese name"
grep -qx 'Icon=worksmap' "$desktop" || fail "the .desktop entry does not name the worksmap icon"
grep -q '^MimeType=.*application/x-worksmap-workspace;.*application/vnd.shp;' "$desktop" ||
  fail "the .desktop entry does not open workspaces and shapefiles"
mime=$scratch/mime
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/worksmap.xml" "$mime/packages/"
update-mime-database "$mime" 2>"$scratch/mime.log" || fail "update-mime-database failed: $(cat "$scratch/mime.log")"
grep -qx '60:application/x-worksmap-workspace:\*\.worksmap\.toml' "$mime/globs2" ||
  fail "*.worksmap.toml is not mapped to application/x-worksmap-workspace"
grep -qx '50:application/vnd.shp:\*\.shp' "$mime/globs2" || fail "*.shp is not mapped to application/vnd.shp"
for size in 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/worksmap.png
  [ "$(identify -format '%wx%h' "$png")" = "${size}x${size}" ] || fail "the ${size}x${size} icon has another size"
done

# 5. The man pages, English and Chinese: format without a warning at two widths and document every option
# --help lists, for each command.
for page in man1 zh_CN/man1; do
  man_text=$scratch/man.txt
  for width in 80 100; do
    LANG=C.UTF-8 MANWIDTH=$width man --warnings -l "$root/usr/share/man/$page/worksmap.1.gz" >"$man_text" \
      2>"$scratch/man.log" || fail "man failed on $page: $(cat "$scratch/man.log")"
    [ ! -s "$scratch/man.log" ] || fail "$page/worksmap.1 warnings at $width columns: $(cat "$scratch/man.log")"
  done
  grep -q '@WORKSMAP_VERSION@' "$man_text" && fail "the version in $page/worksmap.1 was not filled in"
  for command in "" report check render deck atlas animate; do
    installed $command --help || fail "worksmap $command --help exited $?"
    for option in $(grep -Eo -- '(^|[ ,])--?[a-z][a-z-]*' "$work/out" | tr -d ' ,' | sort -u); do
      grep -q -- "$option" "$man_text" || fail "$page/worksmap.1 does not document $command $option"
    done
  done
done
echo "package test passed"

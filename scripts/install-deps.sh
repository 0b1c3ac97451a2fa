#!/usr/bin/env bash
# Installs WorksMap's build, run and test dependencies from Debian 12 packages (as root or with sudo).
# Does nothing when every package is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git clang-format python3
  libgdal-dev gdal-bin libproj-dev proj-data libgeos-dev
  libfmt-dev libcli11-dev nlohmann-json3-dev libtomlplusplus-dev libxlsxwriter-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libopenscenegraph-dev libimgui-dev libsdl2-dev libfontconfig-dev fonts-noto-cjk fontconfig libcairo2-dev libzip-dev
  xvfb xauth xdotool imagemagick xclip x11-utils x11-xserver-utils openbox
  fcitx5 fcitx5-pinyin dbus-x11
  libavcodec-dev libavformat-dev libswscale-dev libavutil-dev ffmpeg
  dpkg-dev desktop-file-utils shared-mime-info man-db zlib1g-dev poppler-utils libreoffice-impress
  postgresql postgresql-15-postgis-3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Renders the app icon (a vermilion seal with 权 in the bundled WenQuanYi Micro Hei) and the .qzb file icon
# (a page carrying the same seal) to PNG sizes and Windows .ico files. Needs ImageMagick 6 or 7.
# Run from anywhere: bash assets/icons/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")"
FONT=../fonts/wqy-microhei.ttc
IM=convert
command -v magick >/dev/null 2>&1 && IM="magick"
RED='#C0392B'
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# App icon master, 1024 px: rounded seal, thin inner frame, the character in white.
$IM -size 1024x1024 xc:none \
  -fill "$RED" -draw "roundrectangle 48,48 975,975 150,150" \
  -fill none -stroke white -strokewidth 28 -draw "roundrectangle 120,120 903,903 100,100" \
  -stroke none -fill white -font "$FONT" -pointsize 640 -gravity center -annotate +0+10 '权' \
  "$TMP/app-1024.png"

# File icon master, 1024 px: a white page with a folded corner and the seal at the lower right.
$IM -size 1024x1024 xc:none \
  -fill white -stroke '#5F6B7A' -strokewidth 28 \
  -draw "path 'M 190,40 L 650,40 L 860,250 L 860,984 L 190,984 Z'" \
  -fill '#DDE3EA' -draw "path 'M 650,40 L 650,250 L 860,250 Z'" \
  -stroke '#9AA5B1' -strokewidth 30 -draw "line 290,360 760,360" -draw "line 290,460 760,460" \
  -draw "line 290,560 560,560" \
  "$TMP/page.png"
$IM "$TMP/app-1024.png" -resize 470x470 "$TMP/seal.png"
$IM "$TMP/page.png" "$TMP/seal.png" -geometry +470+500 -composite "$TMP/qzb-1024.png"

for name in app qzb; do
  base=quanze; [ "$name" = qzb ] && base=qzb-file
  for s in 16 24 32 48 64 128 256 512; do
    $IM "$TMP/$name-1024.png" -filter Lanczos -resize ${s}x${s} -depth 8 -strip "$base-$s.png"
  done
  $IM "$base-16.png" "$base-24.png" "$base-32.png" "$base-48.png" "$base-64.png" "$base-128.png" "$base-256.png" "$base.ico"
done
echo "icons written to $(pwd)"

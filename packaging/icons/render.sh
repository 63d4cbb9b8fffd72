#!/bin/sh
# Renders the hicolor PNG sizes from the SVG (rsvg-convert from librsvg2-bin). The PNGs are
# committed so that building needs no renderer; run this again after changing the SVG.
set -eu
cd "$(dirname "$0")"
id=io.github.columnplanner.ColumnPlanner
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "${size}x${size}"
  rsvg-convert -w "$size" -h "$size" "$id.svg" -o "${size}x${size}/$id.png"
done

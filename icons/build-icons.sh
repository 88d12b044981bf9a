#!/bin/sh
# Regenerates every raster icon in this folder from the hand-written SVGs.
# Run by hand (not part of the Maven build); commit the generated files.
#
# Needs these Debian/Ubuntu packages:
#   librsvg2-bin  (rsvg-convert: SVG -> PNG)
#   imagemagick   (convert/magick: PNGs -> .ico)
#   icnsutils     (png2icns: PNGs -> .icns)
#   apt-get install librsvg2-bin imagemagick icnsutils
#
# The 16 px and 24 px renders come from simplified drawings aligned to their own pixel
# grid (NAME-16.svg, NAME-24.svg) so they stay crisp; all larger sizes from NAME.svg.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

for tool in rsvg-convert png2icns; do
    command -v "$tool" >/dev/null || { echo "missing $tool (see the top of $0)" >&2; exit 1; }
done
if command -v magick >/dev/null; then im=magick
elif command -v convert >/dev/null; then im=convert
else echo "missing ImageMagick (see the top of $0)" >&2; exit 1
fi

sizes="16 24 32 48 64 128 256 512"
ico_sizes="16 24 32 48 64 128 256"
icns_sizes="16 32 48 128 256 512"   # the sizes png2icns knows
app_resources=../src/main/resources/org/waymark/ui/shell/icons

mkdir -p png
for name in waymark waymark-document; do
    for s in $sizes; do
        src=$name.svg
        [ -f "$name-$s.svg" ] && src=$name-$s.svg
        rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio "$src" --output "png/$name-$s.png"
    done
    ico_in=""; for s in $ico_sizes; do ico_in="$ico_in png/$name-$s.png"; done
    # shellcheck disable=SC2086
    $im $ico_in "$name.ico"
    icns_in=""; for s in $icns_sizes; do icns_in="$icns_in png/$name-$s.png"; done
    # shellcheck disable=SC2086
    png2icns "$name.icns" $icns_in >/dev/null
done

# Window icons used by the JavaFX app.
if [ -d ../src/main ]; then
    mkdir -p "$app_resources"
    for s in 16 32 64 256; do cp "png/waymark-$s.png" "$app_resources/waymark-$s.png"; done
fi

echo "icons regenerated in $here"

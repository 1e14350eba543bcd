#!/usr/bin/env bash
# Regenerates the committed raster icons from ai.qash.QashDesk.svg.
# Run it after changing the SVG and commit the results; builds never run it.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick (convert), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"

id=ai.qash.QashDesk
sizes=(16 22 24 32 48 64 128 256 512)

for size in "${sizes[@]}"; do
    mkdir -p "hicolor/${size}x${size}/apps"
    png="hicolor/${size}x${size}/apps/$id.png"
    rsvg-convert -w "$size" -h "$size" "$id.svg" -o "$png"
    convert "$png" -strip "$png"    # no timestamps: regenerating is reproducible
done

# Windows: one .ico with the sizes Explorer, the taskbar and the MSI use.
convert hicolor/{16x16,24x24,32x32,48x48,64x64,256x256}/apps/$id.png "$id.ico"

# macOS: .icns with the sizes png2icns knows (16, 32, 48, 128, 256, 512).
png2icns "$id.icns" hicolor/{16x16,32x32,48x48,128x128,256x256,512x512}/apps/$id.png >/dev/null

#!/bin/sh
# Add QDA Desk (this folder's copy) to your applications menu, with its icon, and make a
# double-click on a .qdadesk project or a .qdpx exchange file open it. For you only (nothing
# outside your home folder changes); run it again after moving the folder. Skip it for
# portable use on a USB stick: it writes to the host's home.
set -eu
here=$(dirname "$(readlink -f "$0")")
resources="$here/_internal/qdadesk/resources"
data="${XDG_DATA_HOME:-$HOME/.local/share}"

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
sed "s|^Exec=qdadesk |Exec=\"$here/qdadesk\" |" "$resources/desktop/qdadesk.desktop" \
  > "$data/applications/qdadesk.desktop"
cp "$resources/desktop/qdadesk-mime.xml" "$data/mime/packages/qdadesk.xml"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$resources/icons/qdadesk-$size.png" "$data/icons/hicolor/${size}x${size}/apps/qdadesk.png"
done
cp "$resources/icons/qdadesk.svg" "$data/icons/hicolor/scalable/apps/qdadesk.svg"

# Refresh the desktop's caches where the tools exist (they are optional).
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "QDA Desk is in your applications menu; .qdadesk and .qdpx files now open with it."

#!/bin/sh
# Install this KPI Desk bundle for the current user (no root): the app into ~/.local/lib,
# a `kpidesk` command, a menu entry, the .kpidesk file type and the icons.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/kpidesk
bin=$HOME/.local/bin
app_id=io.github.kpidesk.KPIDesk

if [ "$here" != "$lib" ]; then
    rm -rf "$lib.new"
    mkdir -p "$(dirname "$lib")"
    cp -a "$here" "$lib.new"
    rm -rf "$lib"
    mv "$lib.new" "$lib"
fi
mkdir -p "$bin" "$data/applications" "$data/metainfo" "$data/mime/packages" "$data/icons"
ln -sf "$lib/kpidesk" "$bin/kpidesk"
sed "s|^Exec=kpidesk|Exec=\"$lib/kpidesk\"|" "$lib/share/applications/$app_id.desktop" \
    > "$data/applications/$app_id.desktop"
cp "$lib/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
cp "$lib/share/mime/packages/$app_id.xml" "$data/mime/packages/"
cp -r "$lib/share/icons/hicolor" "$data/icons/"
for size_dir in "$data"/icons/hicolor/*/apps; do
    mkdir -p "$size_dir/../mimetypes"
    for icon in "$size_dir/$app_id".*; do
        [ -e "$icon" ] && cp "$icon" "$size_dir/../mimetypes/application-x-kpidesk-plan.${icon##*.}"
    done
done

command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
command -v xdg-mime >/dev/null && xdg-mime default "$app_id.desktop" application/x-kpidesk-plan || true

echo "KPI Desk is installed in $lib."
echo "Start it from the applications menu, by opening a .kpidesk file, or with: $bin/kpidesk"

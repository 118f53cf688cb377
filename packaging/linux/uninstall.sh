#!/bin/sh
# Remove the per-user KPI Desk install made by install.sh. Plans and backups are kept.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=io.github.kpidesk.KPIDesk
rm -rf "$HOME/.local/lib/kpidesk"
rm -f "$HOME/.local/bin/kpidesk" "$data/applications/$app_id.desktop" \
    "$data/metainfo/$app_id.metainfo.xml" "$data/mime/packages/$app_id.xml"
find "$data/icons/hicolor" \( -name "$app_id.*" -o -name 'application-x-kpidesk-plan.*' \) \
    -delete 2>/dev/null || true
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "KPI Desk is removed. Your plans and backups are left where they are."

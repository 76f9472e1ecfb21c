#!/bin/sh
# Add actgui to a Linux desktop's application menu, or take it out again.
#
#   install-desktop.sh [--prefix DIR] [--exec COMMAND] [--uninstall]
#
# Installs, under DIR/share (default DIR: ~/.local, i.e. for this user only):
#   applications/io.github.actgui.ActGui.desktop
#   metainfo/io.github.actgui.ActGui.metainfo.xml
#   mime/packages/io.github.actgui.ActGui.xml (setup files, *.actgui, open with a double click)
#   icons/hicolor/<N>x<N>/apps/actgui.png and icons/hicolor/scalable/apps/actgui.svg
#
# Works from a source checkout (packaging/install-desktop.sh, resources in
# ../resources) and from the unpacked Linux tarball (install-desktop.sh next
# to the actgui executable, resources in _internal/actgui/_resources). In the
# tarball case the menu entry starts that executable by its absolute path and
# DIR/bin/actgui is linked to it; otherwise it runs `actgui` from PATH (for a
# pip install). --exec overrides the command.
set -eu

APP_ID=io.github.actgui.ActGui
SIZES="16 24 32 48 64 128 256 512"
prefix="$HOME/.local"
exec_cmd=""
uninstall=0

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a directory}"; shift 2 ;;
        --prefix=*) prefix="${1#*=}"; shift ;;
        --exec) exec_cmd="${2:?--exec needs a command}"; shift 2 ;;
        --exec=*) exec_cmd="${1#*=}"; shift ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install-desktop.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
bundle_exe=""
if [ -x "$here/actgui" ] && [ -d "$here/_internal/actgui/_resources" ]; then
    resources="$here/_internal/actgui/_resources"
    bundle_exe="$here/actgui"
elif [ -d "$here/../resources/linux" ]; then
    resources=$(cd "$here/../resources" && pwd)
else
    echo "install-desktop.sh: cannot find the actgui resources next to $here" >&2
    exit 1
fi

share="$prefix/share"
desktop="$share/applications/$APP_ID.desktop"
metainfo="$share/metainfo/$APP_ID.metainfo.xml"
mime="$share/mime/packages/$APP_ID.xml"

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$share/mime/packages" ]; then
        update-mime-database "$share/mime" 2>/dev/null || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$uninstall" -eq 1 ]; then
    rm -f "$desktop" "$metainfo" "$mime" "$share/icons/hicolor/scalable/apps/actgui.svg"
    for size in $SIZES; do
        rm -f "$share/icons/hicolor/${size}x${size}/apps/actgui.png"
    done
    link="$prefix/bin/actgui"
    if [ -L "$link" ] && [ "$(basename "$(readlink "$link")")" = actgui ]; then
        rm -f "$link"
    fi
    refresh_caches
    echo "removed actgui's menu entry, metainfo and icons from $share"
    exit 0
fi

if [ -z "$exec_cmd" ]; then
    if [ -n "$bundle_exe" ]; then exec_cmd="$bundle_exe"; else exec_cmd=actgui; fi
fi
case "$exec_cmd" in
    *" "*) exec_line="\"$exec_cmd\"" ;;  # the spec's quoting for a path with spaces
    *) exec_line="$exec_cmd" ;;
esac

mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages" "$share/icons/hicolor/scalable/apps"
# A double-clicked setup file that cannot be opened is explained in the window.
sed "s|^Exec=.*|Exec=$exec_line --report-in-window %f|" "$resources/linux/$APP_ID.desktop" > "$desktop"
chmod 644 "$desktop"
install -m 644 "$resources/linux/$APP_ID.metainfo.xml" "$metainfo"
install -m 644 "$resources/linux/$APP_ID.mime.xml" "$mime"
for size in $SIZES; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$resources/icons/actgui-$size.png" "$share/icons/hicolor/${size}x${size}/apps/actgui.png"
done
if [ -f "$resources/icons/actgui.svg" ]; then
    install -m 644 "$resources/icons/actgui.svg" "$share/icons/hicolor/scalable/apps/actgui.svg"
fi
if [ -n "$bundle_exe" ]; then
    mkdir -p "$prefix/bin"
    ln -sfn "$bundle_exe" "$prefix/bin/actgui"
fi
refresh_caches
echo "installed actgui's menu entry ($desktop), metainfo, the setup file type (*.actgui) and icons under $share"
echo "it runs: $exec_line"

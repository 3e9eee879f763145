#!/usr/bin/env bash
# Validate Reflect's desktop entry and AppStream metadata the way distributions do:
#   desktop-file-validate  packaging/linux/org.reflectjournal.Reflect.desktop
#   appstreamcli validate --no-net  packaging/linux/org.reflectjournal.Reflect.metainfo.xml
#   appstreamcli validate-tree --no-net  on a staged install (desktop file, metainfo and
#   icons where a package puts them), which also checks that they fit together.
# Installs the Debian packages desktop-file-utils and appstream when their commands are
# missing (as root, as CI runs; `apt-get update` only if the first install fails).
# Fails on any error from either validator, and on appstreamcli's warnings too.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=org.reflectjournal.Reflect
DESKTOP=packaging/linux/$APP_ID.desktop
METAINFO=packaging/linux/$APP_ID.metainfo.xml

fail() {
    echo "validate: FAILED: $*" >&2
    exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
if ((${#missing[@]})); then
    sudo=()
    if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then sudo=(sudo); fi
    install_missing() {
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends \
            "${missing[@]}" >>"$work/apt.log" 2>&1
    }
    if ! install_missing; then
        { "${sudo[@]}" apt-get update >>"$work/apt.log" 2>&1 && install_missing; } \
            || { tail -n 5 "$work/apt.log" >&2; fail "could not install ${missing[*]}"; }
    fi
fi

echo "validate: desktop-file-validate $DESKTOP"
desktop-file-validate "$DESKTOP" || fail "desktop-file-validate found errors in $DESKTOP"

echo "validate: appstreamcli validate --no-net $METAINFO"
appstreamcli validate --no-net "$METAINFO" || fail "appstreamcli found problems in $METAINFO"

tree=$work/tree/usr/share
install -Dm644 "$DESKTOP" "$tree/applications/$APP_ID.desktop"
install -Dm644 "$METAINFO" "$tree/metainfo/$APP_ID.metainfo.xml"
mkdir -p "$tree/icons"
cp -r src/reflect/resources/icons/hicolor "$tree/icons/"
echo "validate: appstreamcli validate-tree --no-net (a staged install)"
appstreamcli validate-tree --no-net "$work/tree" || fail "appstreamcli found problems in the staged install"
echo "validate: ok"

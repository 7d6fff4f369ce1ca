#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Linux packages of a configured build directory and checks them:
#   1. cpack: the .deb and the .tar.gz;
#   2. lintian on the .deb (fails on errors; warnings are printed);
#   3. desktop-file-validate and appstreamcli validate --no-net on the files *in* the package;
#   4. the .deb's Depends are all satisfied by this machine (apt-get --simulate installs
#      nothing but the package), then the .deb is installed into a fresh, empty root with
#      `dpkg --root` (as root; unprivileged, dpkg refuses --root installs, so the package is
#      unpacked with `dpkg -x` instead), and c41ctl --version, c41 --version and
#      `c41 --demo --screenshot` run from the installed files;
#   5. the package's dependencies are listed.
# Usage: scripts/package-check.sh BUILD_DIR   (e.g. build/ci after scripts/run-tests.sh)
# Needs: lintian desktop-file-utils appstream dpkg-dev file (scripts/setup-debian.sh).
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
    echo "usage: $0 BUILD_DIR  (a configured CMake build directory)" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
start=$SECONDS
fail() {
    echo "package-check: $*" >&2
    exit 1
}
for tool in cpack lintian desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null || fail "$tool is missing (run scripts/setup-debian.sh)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/c41-package-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== cpack (DEB, TGZ) in $build"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
# cpack builds the 'preinstall' target first: whatever of 'all' is out of date.
rm -f "$build"/c41-control-center_*.deb "$build"/c41-control-center-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" -B "$build" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    fail "cpack failed"
}
debs=("$build"/c41-control-center_*.deb)
tgzs=("$build"/c41-control-center-*.tar.gz)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "expected one .deb in $build"; fi
if [ ${#tgzs[@]} -ne 1 ] || [ ! -f "${tgzs[0]}" ]; then fail "expected one .tar.gz in $build"; fi
deb=${debs[0]}
tgz=${tgzs[0]}
echo "$deb"
echo "$tgz"

debversion=$(dpkg-deb -f "$deb" Version)
[ "${debversion%-*}" = "$version" ] ||
    fail ".deb version $debversion does not carry the project version $version"
tar -tzf "$tgz" >"$work/tgz.list"
for f in bin/c41 bin/c41ctl share/applications/org.c41.ControlCenter.desktop \
    share/metainfo/org.c41.ControlCenter.metainfo.xml; do
    grep -q "/$f\$" "$work/tgz.list" || fail "$f missing from $(basename "$tgz")"
done

echo "== lintian (fails on errors)"
# lintian warns when run as root; that line is noise here.
lintian --fail-on error "$deb" 2> >(grep -v 'running with root privileges' >&2) ||
    fail "lintian found errors"

echo "== install into a fresh root"
# Every dependency must already be installed here, or the run below would test
# something a user's install never sees.
plan=$(apt-get install --simulate --no-install-recommends "$deb" 2>&1) || {
    echo "$plan" >&2
    fail "apt-get cannot resolve the .deb's dependencies"
}
extra=$(echo "$plan" | awk '/^Inst / && $2 != "c41-control-center" {print $2}')
[ -z "$extra" ] || fail "dependencies not installed on this machine: $extra"
root="$work/root"
if [ "$(id -u)" = 0 ]; then
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
    touch "$root/var/lib/dpkg/status"
    # The root's own package database is empty, so dpkg would see every library
    # as missing: they were checked against this machine's database just above.
    dpkg --root="$root" --force-depends --install "$deb" >"$work/dpkg.log" 2>&1 || {
        cat "$work/dpkg.log" >&2
        fail "dpkg --root --install failed"
    }
    dpkg --root="$root" --status c41-control-center | grep -q '^Status: install ok installed' ||
        fail "dpkg does not list the package as installed in $root"
    echo "dpkg --root=$root --install: ok"
else
    dpkg-deb -x "$deb" "$root"
    echo "not root: dpkg refuses --root installs, unpacked with dpkg-deb -x into $root"
fi
for f in usr/bin/c41 usr/bin/c41ctl usr/share/doc/c41-control-center/copyright \
    usr/share/icons/hicolor/scalable/apps/org.c41.ControlCenter.svg \
    usr/share/icons/hicolor/48x48/apps/org.c41.ControlCenter.png \
    usr/share/man/man1/c41ctl.1.gz; do
    [ -s "$root/$f" ] || fail "$f missing from the installed package"
done

echo "== desktop-file-validate, appstreamcli validate (installed files)"
desktop-file-validate "$root/usr/share/applications/org.c41.ControlCenter.desktop"
desktop-file-validate "$root/usr/share/c41-control-center/c41-autostart.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.c41.ControlCenter.metainfo.xml"
# The tree: the metainfo's desktop-id and icon must be found in the package.
appstreamcli validate-tree --no-net "$root"

echo "== run the installed binaries"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
ctlversion=$("$root/usr/bin/c41ctl" --version)
echo "$ctlversion"
[ "$ctlversion" = "c41ctl $version" ] || fail "c41ctl --version says '$ctlversion', not $version"
appversion=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/c41" --version 2>/dev/null)
echo "$appversion"
[ "$appversion" = "c41 $version" ] || fail "c41 --version says '$appversion', not $version"
shot="$build/package-check-screenshot.png" # kept for a look
rm -f "$shot"
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/c41" --demo --screenshot "$shot" ||
    fail "c41 --demo --screenshot failed"
[ -s "$shot" ] || fail "c41 --demo --screenshot wrote no picture"
file "$shot" | grep -q 'PNG image data' || fail "the screenshot is not a PNG: $(file "$shot")"
echo "screenshot: $(file -b "$shot")"

echo "== dependencies of $(basename "$deb")"
for field in Depends Recommends Suggests; do
    value=$(dpkg-deb -f "$deb" "$field")
    [ -z "$value" ] || printf '%s:\n%s\n' "$field" "$(echo "$value" | sed 's/, /\n/g' | sed 's/^/  /')"
done
echo "== package check passed in $((SECONDS - start)) s"

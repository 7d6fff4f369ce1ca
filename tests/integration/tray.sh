#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The tray icon against a real system tray: an Xvfb display with `trayer` as the
# tray host. c41 --demo starts with C41_TRAY_PROBE=1, which makes it print
# "tray-available=0|1" and the tray tooltip; a TTS job queued beforehand (through
# c41ctl, in the same job database) runs on the demo's TTS server while c41 is up,
# so the icon is busy and a "finished" notice shows. The screen goes to
# BUILD_DIR/tray.png (the menu opened, if xdotool is there: BUILD_DIR/tray-menu.png).
# Then `c41 --minimized` must start with no window, only the tray icon.
# Exits non-zero when the tray is not available to c41, or --minimized shows the window.
#   tests/integration/tray.sh BUILD_DIR
# Needs: xvfb, trayer, imagemagick (import), x11-utils (xwininfo); xdotool optional.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd)
C41=$BUILD/app/c41
C41CTL=$BUILD/app/c41ctl
# Skips (exit 0, "SKIP: …") when c41 is not built or a tool is missing; with
# C41_REQUIRE_INTEGRATION=1 (as in .ci/run) a skip is a failure.
skip() {
    echo "SKIP: $*"
    [ "${C41_REQUIRE_INTEGRATION:-0}" = 1 ] && exit 1
    exit 0
}
for tool in Xvfb trayer import xwininfo; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        skip "$tool is missing (apt-get install xvfb trayer imagemagick x11-utils)"
    fi
done
[ -x "$C41" ] || skip "$C41 is not built"

WORK=$(mktemp -d)
PIDS=""
cleanup() {
    for pid in $PIDS; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# A free display number.
n=91
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
export DISPLAY=":$n"
Xvfb "$DISPLAY" -screen 0 820x640x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
PIDS="$PIDS $!"
i=0
until xwininfo -root >/dev/null 2>&1; do
    i=$((i + 1))
    [ $i -lt 50 ] || { echo "tray.sh: Xvfb did not start" >&2; cat "$WORK/xvfb.log" >&2; exit 1; }
    sleep 0.1
done
# A light background, so the screenshot shows the panel and the window.
xsetroot -solid '#4a6078' 2>/dev/null || true

trayer --edge bottom --align right --widthtype pixel --width 120 --heighttype pixel --height 32 \
    --SetDockType true --SetPartialStrut true --transparent false --tint 0x202830 \
    >"$WORK/trayer.log" 2>&1 &
PIDS="$PIDS $!"
sleep 1

# The app's own files in the temporary folder; no D-Bus session, so Qt uses the
# X11 tray protocol that trayer speaks.
unset DBUS_SESSION_BUS_ADDRESS
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache"
export C41_JOBS_DB="$WORK/jobs.sqlite" C41_OUTPUT_DIR="$WORK/outputs"
if [ -x "$C41CTL" ]; then
    "$C41CTL" --demo jobs add tts "Welcome to the studio" --target forge-tts --voice alloy >/dev/null
    "$C41CTL" --demo jobs add tts "The render is ready" --target forge-tts --voice af_heart >/dev/null
fi

C41_TRAY_PROBE=1 C41_TRAY_PROBE_SECONDS=12 "$C41" --demo --window-size 640x360 \
    >"$WORK/c41.out" 2>"$WORK/c41.err" &
C41PID=$!
PIDS="$PIDS $C41PID"
i=0
until grep -q '^tray-available=' "$WORK/c41.out" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -ge 150 ] || ! kill -0 "$C41PID" 2>/dev/null; then
        echo "tray.sh: c41 printed no probe line" >&2
        cat "$WORK/c41.out" "$WORK/c41.err" >&2
        exit 1
    fi
    sleep 0.1
done
cat "$WORK/c41.out"
sleep 4 # the jobs run on the demo's TTS server; the notice shows
import -window root "$BUILD/tray.png"
echo "tray.sh: screenshot in $BUILD/tray.png"

if command -v xdotool >/dev/null 2>&1; then
    # The tray's slot: trayer's bottom-right corner. A right click opens the menu.
    xdotool mousemove 804 624 click 3 2>/dev/null || true
    sleep 1
    import -window root "$BUILD/tray-menu.png"
    echo "tray.sh: menu screenshot in $BUILD/tray-menu.png"
    xdotool key Escape 2>/dev/null || true
fi

# The probe quits c41 by itself (QCoreApplication::quit, which close to tray must
# not veto).
i=0
while kill -0 "$C41PID" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -ge 300 ]; then
        echo "tray.sh: c41 did not quit when asked" >&2
        exit 1
    fi
    sleep 0.1
done
if ! grep -q '^tray-available=1$' "$WORK/c41.out"; then
    echo "tray.sh: the system tray is not available to c41" >&2
    exit 1
fi
echo "tray.sh: tray available"

# --minimized (the autostart entry): only the tray icon, no window.
C41_TRAY_PROBE=1 C41_TRAY_PROBE_SECONDS=2 timeout 30 "$C41" --demo --minimized \
    >"$WORK/min.out" 2>"$WORK/min.err" || true
cat "$WORK/min.out"
if ! grep -q '^window-visible=0$' "$WORK/min.out"; then
    echo "tray.sh: c41 --minimized showed its window although a tray exists" >&2
    cat "$WORK/min.err" >&2
    exit 1
fi
echo "tray.sh: --minimized starts in the tray"

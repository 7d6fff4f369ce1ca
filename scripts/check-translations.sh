#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails (exit 1) when the committed translations are out of date: running lupdate over the
# sources would change translations/c41_*.ts (new, changed or removed strings), or an entry
# is left unfinished or obsolete. Runs lupdate exactly as the c41_lupdate / update_translations
# CMake targets do (app/CMakeLists.txt), on a temporary copy; nothing in the tree changes.
# Usage: scripts/check-translations.sh   (LUPDATE=/path/to/lupdate to pick the tool)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate lupdate6 lupdate; do
        if command -v "$candidate" >/dev/null 2>&1; then
            lupdate=$candidate
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "check-translations: lupdate not found (Debian: qt6-l10n-tools; or set LUPDATE)" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# The messages (their first source line) whose translation is unfinished, obsolete or vanished.
pending() {
    awk '
        /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
        /<translation[^>]*type="(unfinished|obsolete|vanished)"/ { print "    " src; n++ }
        END { exit n > 0 }
    ' "$1"
}

status=0
set -- translations/c41_*.ts
copies=""
for ts in "$@"; do
    cp "$ts" "$tmp/"
    copies="$copies $tmp/$(basename "$ts")"
done

# shellcheck disable=SC2086 # $copies is a list of paths without spaces
if ! "$lupdate" -silent -no-obsolete -locations none core ui app -ts $copies >"$tmp/log" 2>&1; then
    cat "$tmp/log" >&2
    echo "check-translations: lupdate failed" >&2
    exit 1
fi
if [ -s "$tmp/log" ]; then
    # lupdate warnings (a tr() it cannot place, a class without Q_OBJECT): strings it skips.
    cat "$tmp/log" >&2
    status=1
fi

# A free tr()/text() helper wrapping QCoreApplication::translate() hides its strings from
# lupdate without a warning; use struct Text { Q_DECLARE_TR_FUNCTIONS(Context) } instead.
if grep -rnE '^\s*(static\s+|inline\s+)?QString\s+(tr|text)\s*\(\s*const char' core ui app >&2; then
    echo "check-translations: free tr() helpers above: lupdate cannot see their strings" >&2
    status=1
fi

for ts in "$@"; do
    copy="$tmp/$(basename "$ts")"
    if ! cmp -s "$ts" "$copy"; then
        echo "check-translations: $ts is out of date: run lupdate (translations/README.md)" >&2
        echo "  untranslated or changed strings after lupdate:" >&2
        pending "$copy" >&2 || true
        diff -u "$ts" "$copy" | sed -n '1,80p' >&2 || true
        status=1
    elif ! pending "$ts" >"$tmp/pending"; then
        echo "check-translations: $ts has entries left unfinished or obsolete:" >&2
        cat "$tmp/pending" >&2
        status=1
    fi
done

if [ "$status" -eq 0 ]; then
    echo "check-translations: $* up to date and complete"
fi
exit "$status"

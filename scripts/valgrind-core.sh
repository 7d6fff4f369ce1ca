#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs core tests under valgrind memcheck: any invalid read/write, use of
# uninitialised memory or definite leak fails the run (exit 1).
#
#   scripts/valgrind-core.sh [BUILD_DIR] [tst_name ...]
#
# BUILD_DIR defaults to build/ci (configured with `cmake --preset ci` or by hand).
# Without test names it runs a default subset that finishes in a few minutes;
# C41_VALGRIND_ALL=1 runs every tests/core/tst_*.cpp (slow: an hour or more).
# Known noise of Qt, glib, fontconfig and OpenSSL is in tests/valgrind.supp.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/ci}
shift || true

if [ $# -gt 0 ]; then
    tests=("$@")
elif [ "${C41_VALGRIND_ALL:-0}" = 1 ]; then
    mapfile -t tests < <(ls tests/core/tst_*.cpp | xargs -n1 basename | sed 's/\.cpp$//')
else
    # Parsers, the HTTP stack and WebSockets against the fakes, the job store,
    # telemetry. (Tests that assert wall-clock speed, such as the Prometheus
    # parser's linear-time case or tst_chatstore's write batching, fail under
    # memcheck's 20-50x slowdown for that reason alone; name them to run them.)
    tests=(tst_ssedecoder tst_ndjsondecoder tst_backoff tst_httpclient tst_jobstore
           tst_studioconfig tst_comfyuievents tst_telemetrynormalisers tst_comfyworkflow
           tst_websocketchannel)
fi

command -v valgrind >/dev/null || { echo "valgrind-core: valgrind is not installed" >&2; exit 2; }
[ -f "$build/CMakeCache.txt" ] || { echo "valgrind-core: $build is not a configured build" >&2; exit 2; }
cmake --build "$build" --target "${tests[@]}" -j "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="c41.*.debug=false"
# PCRE2's JIT code is invisible to memcheck (false "uninitialised" reports).
export QT_ENABLE_REGEXP_JIT=0

failed=()
for t in "${tests[@]}"; do
    exe="$build/tests/$t"
    [ -x "$exe" ] || exe=$(find "$build/tests" -maxdepth 2 -type f -name "$t" -perm -u+x | head -n1)
    if [ -z "$exe" ] || [ ! -x "$exe" ]; then
        echo "valgrind-core: $t was not built" >&2
        failed+=("$t")
        continue
    fi
    log="$build/valgrind-$t.log"
    echo "== valgrind $t"
    start=$(date +%s)
    if valgrind --tool=memcheck --error-exitcode=1 --leak-check=full \
        --errors-for-leak-kinds=definite --show-leak-kinds=definite \
        --track-origins=yes --num-callers=40 --gen-suppressions=all \
        --suppressions=tests/valgrind.supp --log-file="$log" "$exe" >"$log.out" 2>&1; then
        echo "   ok ($(($(date +%s) - start)) s): $(grep -E '^Totals:' "$log.out" || true)"
    else
        echo "   FAILED ($(($(date +%s) - start)) s); see $log and $log.out" >&2
        grep -E '^(FAIL|Totals)' "$log.out" | head -n 20 >&2 || true
        grep -E 'ERROR SUMMARY|definitely lost|Invalid|uninitialised' "$log" | head -n 20 >&2 || true
        failed+=("$t")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "valgrind-core: failed: ${failed[*]}" >&2
    exit 1
fi
echo "valgrind-core: ${#tests[@]} tests clean under memcheck"

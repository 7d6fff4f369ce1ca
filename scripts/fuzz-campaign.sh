#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A fuzzing campaign (issue 9): runs every libFuzzer target for MINUTES each with
# AddressSanitizer + UBSan, from a corpus seeded with the captured fixtures
# (tests/fuzz/seed.sh; the corpus grows across campaigns), then prints a totals
# table: target, runs, execs/s, corpus size, crashes. Exits 1 if any target
# crashed; the crashing inputs are in BUILD_DIR/fuzz-artifacts/.
#
#   scripts/fuzz-campaign.sh [MINUTES] [BUILD_DIR] [TARGET...]
#       MINUTES    per target, may be a fraction (default 1; CI: 0.5)
#       BUILD_DIR  an asan build (default build/asan: cmake --preset asan)
#       TARGET     only these (default: every target tests/fuzz/CMakeLists.txt declares)
#   C41_FUZZ_BUILD=0 skips building the targets first (e.g. right after run-tests.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=${1:-1}
build=${2:-build/asan}
shift $(($# > 2 ? 2 : $#))
seconds=$(awk -v m="$minutes" 'BEGIN { s = int(m * 60 + 0.5); print (s < 1 ? 1 : s) }')

if [ ! -f "$build/CMakeCache.txt" ]; then
    echo "fuzz-campaign: $build is not configured; run: cmake --preset asan" >&2
    exit 2
fi
if ! grep -q '^C41_BUILD_FUZZERS:BOOL=ON' "$build/CMakeCache.txt"; then
    echo "fuzz-campaign: $build was configured without C41_BUILD_FUZZERS=ON" >&2
    exit 2
fi

if [ $# -gt 0 ]; then
    targets="$*"
else
    # Every target tests/fuzz/CMakeLists.txt declares.
    targets=$(sed -n 's/^c41_add_fuzzer(\([a-z0-9_]*\) .*/\1/p' tests/fuzz/CMakeLists.txt)
fi
if [ "${C41_FUZZ_BUILD:-1}" != 0 ]; then # C41_FUZZ_BUILD=0: the build is up to date
    # shellcheck disable=SC2086
    cmake --build "$build" --target $targets -j "$(nproc)"
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

logs=$build/fuzz-logs
mkdir -p "$logs" "$build/fuzz-artifacts"
stamp=$(mktemp)
trap 'rm -f "$stamp"' EXIT

rows=""
total_runs=0
total_crashes=0
for name in $targets; do
    echo "== $name: $seconds s" >&2
    log=$logs/$name.log
    touch "$stamp"
    set +e
    tests/fuzz/seed.sh "$build" "$name" "$seconds" > "$log" 2>&1
    rc=$?
    set -e
    # libFuzzer's -print_final_stats=1 lines, e.g. "stat::number_of_executed_units: 123".
    stat() { sed -n "s/^stat::$1: *\([0-9]*\).*/\1/p" "$log" | tail -n 1; }
    runs=$(stat number_of_executed_units)
    rate=$(stat average_exec_per_sec)
    corpus=$(find "$build/fuzz-corpus/$name" -type f | wc -l)
    crashes=$(find "$build/fuzz-artifacts" -type f -name "$name-*" -newer "$stamp" | wc -l)
    if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        crashes=1 # died without leaving an input (e.g. a sanitizer report at exit)
    fi
    if [ "$crashes" -gt 0 ]; then
        echo "   $name failed (exit $rc); the end of $log:" >&2
        tail -n 25 "$log" >&2
    fi
    total_runs=$((total_runs + ${runs:-0}))
    total_crashes=$((total_crashes + crashes))
    rows="$rows$name ${runs:-?} ${rate:-?} $corpus $crashes
"
done

printf '\n%-24s %14s %10s %8s %8s\n' TARGET RUNS EXECS/S CORPUS CRASHES
printf '%s' "$rows" | while read -r name runs rate corpus crashes; do
    [ -n "$name" ] && printf '%-24s %14s %10s %8s %8s\n' "$name" "$runs" "$rate" "$corpus" "$crashes"
done
printf '%-24s %14s %10s %8s %8s\n' "total ($seconds s each)" "$total_runs" "" "" "$total_crashes"
[ "$total_crashes" -eq 0 ]

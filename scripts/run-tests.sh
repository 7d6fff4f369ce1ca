#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the whole test suite twice: a plain build with warnings as
# errors and assertions on (preset "ci"), then AddressSanitizer + UBSan with
# clang (preset "asan"), which also builds the libFuzzer targets; each fuzzer
# then runs for C41_FUZZ_SECONDS (default 20) from a corpus seeded with the
# captured fixtures. Set C41_SKIP_ASAN=1 to run only the first build.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export CTEST_OUTPUT_ON_FAILURE=1
jobs=$(nproc)

cmake --preset ci
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs"

if [ "${C41_SKIP_ASAN:-0}" != 1 ]; then
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"

    # Every fuzzer for C41_FUZZ_SECONDS, with a totals table; any crash fails.
    C41_FUZZ_BUILD=0 scripts/fuzz-campaign.sh \
        "$(awk -v s="${C41_FUZZ_SECONDS:-20}" 'BEGIN { print s / 60 }')" build/asan
fi

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Short accelerated soak for CI (issue 9): HOURS simulated hours of 1 Hz polling
# of the demo studio with a trickle of jobs and chats; fails if RSS, open files
# or the SQLite files grow without bound.
#
#   scripts/soak-short.sh [BUILD_DIR] [HOURS]     (defaults: build/ci, 0.5)
#
# The full soak is by hand: build/ci/tests/soak/soak --hours 24 (about 15-20 min).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/ci}
hours=${2:-0.5}
cmake --build "$build" --target soak -j "$(nproc)"
echo "== soak: $hours simulated hours"
timeout 600 "$build/tests/soak/soak" --hours "$hours"

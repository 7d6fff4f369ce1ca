#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Short fault-injection run for CI (issue 9): randomised rounds of broken fake
# servers against the core code, c41ctl and an offscreen main window.
#
#   scripts/fault-short.sh [BUILD_DIR] [ROUNDS]     (defaults: build/ci, 20)
#
# The seed is C41_FAULT_SEED (default 9) and is printed, so a failing run can be
# replayed with build/ci/tests/fault/fault_rounds --rounds N --seed S. The full
# run is by hand: fault_rounds --rounds 100 (or more) --seed $RANDOM.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/ci}
rounds=${2:-20}
seed=${C41_FAULT_SEED:-9}
cmake --build "$build" --target fault_rounds c41ctl -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
echo "== fault rounds: $rounds rounds, seed $seed"
timeout 600 "$build/tests/fault/fault_rounds" --rounds "$rounds" --seed "$seed"

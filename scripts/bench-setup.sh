#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the peers of the benchmark table (scripts/bench.sh): the official `openai` and
# `ollama` npm clients, at the versions pinned in tests/bench/node/package-lock.json, into
# tests/bench/node/node_modules (git-ignored). Needs node (>= 18) and npm, and the npm
# registry; run it once. scripts/bench.sh itself never downloads anything.
#   scripts/bench-setup.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/tests/bench/node"

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "bench-setup: $tool not found; install Node.js 20 (Debian: apt-get install nodejs npm)" >&2
        exit 1
    fi
done

cd "$dir"
npm ci --no-audit --no-fund
echo "bench-setup: installed into $dir/node_modules:"
# shellcheck disable=SC2016 # JavaScript template literals, not shell
node -e 'for (const p of ["openai", "ollama"]) console.log(`  ${p} ${require(`./node_modules/${p}/package.json`).version}`)'
echo "bench-setup: now run scripts/bench.sh"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark table (issue 9): every side-by-side comparison in one go, each running ours and
# the peer in the same run on the same input, then one table:
#   figure | ours | peer | ratio | target | pass
#  - streaming CPU per token: `c41ctl chat` vs the official openai / ollama npm clients (node),
#    on the same fast local stream (fake llama.cpp SSE and fake Ollama NDJSON, 30k tok/s);
#  - Prometheus text parse vs Python's prometheus_client (/usr/bin/python3, Debian's
#    python3-prometheus-client) on the same ~1 MB scrape;
#  - start-up to the first painted dashboard of `c41 --demo` and its peak RSS, vs a bare Qt
#    Widgets + Charts window built by the same CMake;
#  - idle CPU of `c41 --demo` (the demo studio runs in the same process) over 10 minutes.
# Nothing is downloaded: the npm peers are installed once by scripts/bench-setup.sh; without
# them their rows say SKIP. Run it on a quiet machine (other builds skew CPU figures).
#
#   scripts/bench.sh [--quick] [--build-dir DIR] [--no-build] [--idle-seconds N]
#     --quick          fewer rounds, 20k-token streams, 1 minute of idle (about 2 minutes)
#     --build-dir DIR  build tree to use (default build/bench, configured Release if new)
#     --no-build       use the binaries already in the build tree
# Exit status: 0 when no row failed its target (SKIP rows do not fail), 1 otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
quick=0
build=1
build_dir="$root/build/bench"
idle_seconds=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --quick) quick=1 ;;
    --no-build) build=0 ;;
    --build-dir)
        build_dir="$(realpath -m "$2")"
        shift
        ;;
    --idle-seconds)
        idle_seconds="$2"
        shift
        ;;
    -h | --help)
        sed -n '3,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "bench: unknown option $1 (see --help)" >&2
        exit 2
        ;;
    esac
    shift
done

if [[ $quick == 1 ]]; then
    tokens=20000 stream_rounds=2 prom_rounds=10 startup_runs=3 idle_default=60
else
    tokens=100000 stream_rounds=3 prom_rounds=50 startup_runs=7 idle_default=600
fi
idle_seconds="${idle_seconds:-$idle_default}"

targets=(c41 c41ctl bench_streampeers bench_prometheus bench_startup bench_bare_window)
if [[ $build == 1 ]]; then
    if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
        echo "== configuring $build_dir (Release)"
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    echo "== building ${targets[*]} in $build_dir"
    cmake --build "$build_dir" --target "${targets[@]}" -- -j"${C41_BENCH_JOBS:-2}" >/dev/null
fi
bin="$build_dir"
for t in c41 c41ctl; do
    [[ -x "$bin/app/$t" ]] || { echo "bench: $bin/app/$t is missing (build it, or drop --no-build)" >&2; exit 1; }
done
for t in bench_streampeers bench_prometheus bench_startup bench_bare_window; do
    [[ -x "$bin/tests/bench/$t" ]] || { echo "bench: $bin/tests/bench/$t is missing (build it, or drop --no-build)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rows="$work/rows"
: >"$rows"

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
    "build $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build_dir/CMakeCache.txt")"

# Each bench prints its own lines, then "ROW\t..." lines that make the table.
run_bench() {
    local name="$1"
    shift
    echo
    echo "== $name"
    local out="$work/$name.out"
    set +e
    "$@" >"$out" 2>&1
    local rc=$?
    set -e
    grep -v '^ROW	' "$out" || true
    if grep -q '^ROW	' "$out"; then
        grep '^ROW	' "$out" | cut -f2- >>"$rows"
    else
        printf '%s\tdid not run (exit %d)\t-\t-\t-\tFAIL\n' "$name" "$rc" >>"$rows"
    fi
}

if [[ ! -d "$root/tests/bench/node/node_modules/openai" || ! -d "$root/tests/bench/node/node_modules/ollama" ]]; then
    echo
    echo "note: the npm peers are not installed; run scripts/bench-setup.sh once (needs npm)."
    echo "      Their rows are skipped."
fi

run_bench streaming "$bin/tests/bench/bench_streampeers" --tokens "$tokens" --rounds "$stream_rounds" \
    --node-dir "$root/tests/bench/node"
run_bench prometheus env C41_PYTHON=/usr/bin/python3 "$bin/tests/bench/bench_prometheus" "$prom_rounds"
run_bench startup "$bin/tests/bench/bench_startup" "$startup_runs"

# Idle: utime+stime of `c41 --demo` from /proc/PID/stat over the window, after 10 s of
# settling (start-up and the first rounds are not idle). Offscreen unless QT_QPA_PLATFORM
# says otherwise; fresh settings.
echo
echo "== idle"
settle=10
config_home="$work/config"
mkdir -p "$config_home"
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" XDG_CONFIG_HOME="$config_home" \
    "$bin/app/c41" --demo >"$work/idle.log" 2>&1 &
pid=$!
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
hz="$(getconf CLK_TCK)"
sleep "$settle"
if kill -0 "$pid" 2>/dev/null; then
    before="$(ticks)"
    sleep "$idle_seconds"
    if kill -0 "$pid" 2>/dev/null; then
        after="$(ticks)"
        rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
        pct="$(awk -v d="$((after - before))" -v hz="$hz" -v s="$idle_seconds" 'BEGIN { printf "%.2f", 100 * d / hz / s }')"
        echo "c41 --demo: $((after - before)) ticks of $hz/s in ${idle_seconds} s = ${pct}% of one core" \
            "(after ${settle} s of settling); RSS at the end $((rss_kb / 1024)) MB"
        pass="$(awk -v p="$pct" 'BEGIN { print (p <= 1.0) ? "PASS" : "FAIL" }')"
        printf 'idle CPU, c41 --demo, %s s\t%s%% of a core\t-\t-\t<= 1%%\t%s\n' \
            "$idle_seconds" "$pct" "$pass" >>"$rows"
    fi
fi
if kill -0 "$pid" 2>/dev/null; then kill "$pid"; fi
if ! grep -q '^idle CPU' "$rows"; then
    echo "c41 --demo exited early:"
    tail -5 "$work/idle.log"
    printf 'idle CPU, c41 --demo\tdid not run\t-\t-\t<= 1%%\tFAIL\n' >>"$rows"
fi

echo
echo "== benchmark table ($([[ $quick == 1 ]] && echo quick || echo full))"
{
    printf 'figure\tours\tpeer\tratio\ttarget\tpass\n'
    cat "$rows"
} | awk -F'\t' '
    { for (i = 1; i <= NF; ++i) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NR; nf = NF > nf ? NF : nf }
    END {
        for (r = 1; r <= n; ++r) {
            line = ""
            for (i = 1; i <= nf; ++i) line = line sprintf(i < nf ? "%-" w[i] "s | " : "%s", cell[r, i])
            print line
            if (r == 1) { sep = ""; for (i = 1; i <= nf; ++i) sep = sep sprintf(i < nf ? "%s-|-" : "%s", substr("--------------------------------------------------------------------------------", 1, w[i])); print sep }
        }
    }'
! cut -f6 "$rows" | grep -q FAIL

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Real-component check: Debian's prometheus-node-exporter and prometheus on loopback,
# Prometheus scraping the exporter every second. c41ctl reads the host's memory
# directly from node_exporter and through Prometheus's query API; the figures agree.
#   tests/integration/prometheus_node_exporter.sh <build-dir>
# Skips (exit 0, "SKIP: …") when c41ctl is not built or the binaries are absent
# (apt-get install prometheus prometheus-node-exporter).
# With C41_REQUIRE_INTEGRATION=1 (as in .ci/run) a skip is a failure.
set -eu
build=${1:-build/dev}
skip() {
    echo "SKIP: $1"
    [ "${C41_REQUIRE_INTEGRATION:-0}" = 1 ] && exit 1
    exit 0
}
c41ctl=$build/app/c41ctl
exporter=$(command -v prometheus-node-exporter || command -v node_exporter || true)
prometheus=$(command -v prometheus || true)
if [ ! -x "$c41ctl" ]; then skip "$c41ctl is not built"; fi
if [ -z "$exporter" ] || [ -z "$prometheus" ]; then
    skip "prometheus and prometheus-node-exporter are not installed"
fi
if ! command -v python3 >/dev/null; then skip "python3 is needed to compare"; fi

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
work=$(mktemp -d)
pids=""
cleanup() {
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

np=$(free_port)
pp=$(free_port)
"$exporter" --web.listen-address="127.0.0.1:$np" --collector.disable-defaults \
    --collector.meminfo --collector.cpu --collector.loadavg >"$work/exporter.log" 2>&1 &
pids="$pids $!"
cat >"$work/prometheus.yml" <<CONF
global:
  scrape_interval: 1s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["127.0.0.1:$np"]
CONF
"$prometheus" --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
    --web.listen-address="127.0.0.1:$pp" >"$work/prometheus.log" 2>&1 &
pids="$pids $!"

direct="exporter+http://127.0.0.1:$np/metrics"
viaprom="prometheus+http://127.0.0.1:$pp?instance=127.0.0.1:$np"
# Wait (up to 60 s) until Prometheus has scraped the exporter at least once.
i=0
until "$c41ctl" status --json "$viaprom" >"$work/prom.json" 2>/dev/null &&
    python3 -c 'import json,sys; b=json.load(open(sys.argv[1]))["boxes"][0]; sys.exit(0 if b["host"] and b["host"]["memory_total_bytes"] else 1)' "$work/prom.json"; do
    i=$((i + 1))
    if [ $i -ge 60 ]; then
        echo "FAIL: Prometheus never answered with node_exporter's series"
        tail -5 "$work/prometheus.log" "$work/exporter.log"
        exit 1
    fi
    sleep 1
done

"$c41ctl" status --json "$direct" "$viaprom" >"$work/both.json"
python3 - "$work/both.json" "$direct" "$viaprom" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
boxes = {b["name"]: b for b in doc["boxes"]}
direct, viaprom = boxes[sys.argv[2]]["host"], boxes[sys.argv[3]]["host"]
print("direct:          total %(memory_total_bytes).0f used %(memory_used_bytes).0f" % direct)
print("via Prometheus:  total %(memory_total_bytes).0f used %(memory_used_bytes).0f" % viaprom)
assert direct["memory_total_bytes"] == viaprom["memory_total_bytes"], "MemTotal differs"
# Used memory moves between the two reads (up to a scrape interval apart): within 5 %.
diff = abs(direct["memory_used_bytes"] - viaprom["memory_used_bytes"])
assert diff <= 0.05 * direct["memory_total_bytes"], "used memory differs by %d bytes" % diff
print("PASS: node_exporter and Prometheus agree")
PY

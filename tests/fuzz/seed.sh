#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Seeds a corpus from the captured streams and runs one fuzzer for a while.
#   tests/fuzz/seed.sh <build-dir> fuzz_ssedecoder|fuzz_ndjsondecoder [seconds]
# Each seed is "\x40\x00" (split point, default limits) + the stream body.
set -eu
build=$1
name=$2
seconds=${3:-60}
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../fixtures
corpus=$build/fuzz-corpus/$name
mkdir -p "$corpus" "$build/fuzz-artifacts"
case $name in
fuzz_ssedecoder) files="llamacpp/chat_completions_stream.txt llamacpp/chat_completions_stream_no_usage.txt
    llamacpp/chat_stream_midstream_error.txt ollama/v1_chat_completions_stream.sse
    llm/openai_chat_stream_mlx_lm_CONSTRUCTED.sse llm/openai_chat_stream_ollama_v1_CONSTRUCTED.sse
    llm/openai_chat_stream_llamacpp_error_CONSTRUCTED.sse" ;;
fuzz_ndjsondecoder) files="ollama/chat_stream.ndjson ollama/generate_stream.ndjson
    llm/ollama_api_generate_stream_midstream_error.ndjson llm/ollama_api_pull_stream.ndjson" ;;
fuzz_errorbody)
    # Seeds: the error bodies real servers sent.
    for f in llamacpp/apikey_missing.txt llamacpp/chat_context_exceeded.txt ollama/chat_unknown_model.txt \
        ollama/v1_chat_completions_unknown_model.txt ollama/unknown_path.txt comfyui/http_c2_bad_node_type.txt; do
        sed '1,/=== RESPONSE ===/d' "$fixtures/$f" | sed '1,/^\r*$/d' > "$corpus/seed-$(basename "$f")"
    done
    files="" ;;
fuzz_studioconfig)
    cp "$fixtures/config/studio.json" "$corpus/seed-studio.json"
    files="" ;;
fuzz_prometheustext)
    # Seeds: every Prometheus-text scrape, comment lines and all; piece size 64, default limits.
    for f in "$fixtures"/telemetry/*exporter*.txt "$fixtures"/telemetry/macmon_serve_metrics*.txt; do
        { printf '\077\000'; cat "$f"; } > "$corpus/seed-$(basename "$f")"
    done
    printf '\000\000# TYPE x histogram\nx_bucket{le="+Inf"} 1 # {a="b"} 1 1.5\r\nx_sum NaN\n# EOF\n' \
        > "$corpus/seed-openmetrics"
    files="" ;;
fuzz_comfyuievents)
    # Seeds: "\0" + every captured text frame, "\1" + each binary frame shape.
    python3 - "$fixtures" "$corpus" <<'PY'
import glob, json, os, struct, sys
fx, out = sys.argv[1], sys.argv[2]
n = 0
for f in sorted(glob.glob(fx + '/comfyui/ws_*.jsonl')):
    for line in open(f):
        line = line.strip()
        if not line:
            continue
        d = json.loads(line)
        if 'frame' in d and d['frame'] != 'text':
            continue
        n += 1
        p = json.dumps(d['msg']).encode() if 'frame' in d else line.encode()
        open(f'{out}/seed-{os.path.basename(f)}-{n}', 'wb').write(b'\0' + p)
png = b'\x89PNG\r\n\x1a\n' + b'\0' * 16
meta = b'{"node_id": "13", "prompt_id": "p", "image_type": "image/png"}'
open(out + '/seed-preview1', 'wb').write(b'\1' + struct.pack('>II', 1, 2) + png)
open(out + '/seed-preview4', 'wb').write(b'\1' + struct.pack('>II', 4, len(meta)) + meta + png)
open(out + '/seed-text3', 'wb').write(b'\1' + struct.pack('>II', 3, 1) + b'2width: 96, height: 64')
PY
    files="" ;;
fuzz_workflow)
    # Seeds: the shipped templates (API format, "_c41" and all) and the captured workflows.
    for f in "$here"/../../resources/templates/*.json "$fixtures"/comfyui/workflow_*.json; do
        [ -f "$f" ] && cp "$f" "$corpus/seed-$(basename "$f")"
    done
    files="" ;;
*) echo "unknown fuzzer $name" >&2; exit 2 ;;
esac
for f in $files; do
    seed=$corpus/seed-$(basename "$f")
    # Transcripts (.txt): keep only the body after the response headers.
    case $f in
    *.txt) { printf '\100\000'; sed '1,/^=== RESPONSE ===/d' "$fixtures/$f" | sed '1,/^\r*$/d'; } > "$seed" ;;
    *) { printf '\100\000'; cat "$fixtures/$f"; } > "$seed" ;;
    esac
    # The same with CRLF line ends and small limits (odd second byte).
    { printf '\200\041'; tail -c +3 "$seed" | sed 's/$/\r/'; } > "$seed.crlf"
done
exec "$build/tests/fuzz/$name" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-artifacts/$name-" "$corpus"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Seeds a corpus from the captured streams and runs one fuzzer for a while.
#   tests/fuzz/seed.sh <build-dir> fuzz_<target> [seconds]
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
fuzz_httpresponse)
    # Seeds: whole captured responses, head and body as the servers sent them.
    for f in llamacpp/chat_completions_stream.txt ollama/chat_stream.txt comfyui/http_c2_bad_node_type.txt; do
        [ -f "$fixtures/$f" ] || continue
        { printf '\100\000'; sed '1,/^=== RESPONSE ===/d' "$fixtures/$f"; } > "$corpus/seed-$(basename "$f")"
    done
    printf '\100\000HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=1\r\nhello\r\n0\r\nT: v\r\n\r\n' \
        > "$corpus/seed-chunked"
    printf '\100\000HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found' > "$corpus/seed-length"
    files="" ;;
fuzz_jsonpick)
    # Seeds: every event of the captured SSE streams and every line of the NDJSON ones.
    n=0
    for f in "$fixtures"/llamacpp/chat_completions_stream*.txt "$fixtures"/llm/*.sse \
        "$fixtures"/ollama/*.ndjson "$fixtures"/llm/*.ndjson; do
        [ -f "$f" ] || continue
        sed -n 's/^data: //p; /^{/p' "$f" | tr -d '\r' | while IFS= read -r line; do
            n=$((n + 1))
            printf '%s' "$line" > "$corpus/seed-$(basename "$f")-$n"
        done
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
fuzz_macmonjson)
    # Seeds: every captured macmon /json sample (one JSON object per line), v0.6 to v0.8.2.
    n=0
    for f in "$fixtures"/telemetry/macmon_pipe_*.jsonl; do
        base=$(basename "$f")
        while IFS= read -r line; do
            [ -n "$line" ] || continue
            n=$((n + 1))
            printf '%s' "$line" > "$corpus/seed-$base-$n"
        done < "$f"
    done
    # Ratios so large that as percentages they overflow to infinity (found by this fuzzer).
    printf '{"gpu_active_ratio":1e307,"gpu_usage":[1,1e307],"cpu_usage_pct":-1e307}' \
        > "$corpus/seed-huge-ratios"
    files="" ;;
fuzz_comfyuihistory)
    # Seeds: "<prompt id>\n" + every captured /history body; the id is the one asked
    # for (or, for the whole history, its first key, so the entry is found).
    python3 - "$fixtures" "$corpus" <<'PY'
import glob, json, os, re, sys
fx, out = sys.argv[1], sys.argv[2]
def body_of(path):
    text = open(path, 'rb').read()
    m = re.search(rb'(=== RESPONSE =====?\s*\n)', text)
    rest = text[m.end():] if m else text
    parts = re.split(rb'\r?\n\r?\n', rest, maxsplit=1)
    return parts[1] if len(parts) == 2 else rest
for f in sorted(glob.glob(fx + '/comfyui/http_*history*.txt')) + [fx + '/comfyui/history_prompt_id_CONSTRUCTED.json']:
    body = body_of(f) if f.endswith('.txt') else open(f, 'rb').read()
    first = open(f, 'rb').read().split(b'\n')[1] if f.endswith('.txt') else b''
    m = re.search(rb'/history/([0-9a-f-]+)', first)
    pid = m.group(1) if m else b''
    if not pid:
        try:
            keys = list(json.loads(body).keys())
            pid = keys[0].encode() if keys else b'none'
        except Exception:
            pid = b'none'
    open(f'{out}/seed-{os.path.basename(f)}', 'wb').write(pid + b'\n' + body)
# Hostile file names a server could send: the output paths must refuse or contain them.
hostile = ['../../.bashrc', '/etc/passwd', 'C:evil.png', 'a\\b.png', 'ok.png', 'dot.', 'x\u0001y']
outputs = {'9': {'images': [{'filename': n, 'subfolder': s, 'type': 'output'}
                            for n in hostile for s in ['', '..', 'a/../..', '/abs', 'ok/sub']]}}
entry = {'p': {'outputs': outputs, 'status': {'status_str': 'success', 'completed': True,
         'messages': [['execution_cached', {'nodes': ['1'], 'prompt_id': 'p'}]]}}}
open(out + '/seed-hostile-names', 'wb').write(b'p\n' + json.dumps(entry).encode())
PY
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

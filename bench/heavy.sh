#!/usr/bin/env bash
# The heavy query of BENCHMARKS.md ("Heavy queries"): 30 single characters OR'ed, 500 reports a
# page, sent REQUESTS times by CONCURRENCY parallel clients (curl) to a running server.
#   bench/heavy.sh http://127.0.0.1:7393 [CONCURRENCY=16] [REQUESTS=64]
# QUERY=… replaces the query (e.g. QUERY=政府信息公开 for a phrase over every report).
# Prints the statuses, how many answers were partial (the search deadline fired) and the
# latency percentiles of the whole HTTP exchange.
set -euo pipefail
base="${1:?usage: bench/heavy.sh BASE_URL [CONCURRENCY] [REQUESTS]}"
concurrency="${2:-16}"
requests="${3:-64}"
chars=公开政府信息工作年度报告申请行政复议诉讼主动依法办理情况网站平台数据发布收到
if [ -n "${QUERY:-}" ]; then
  q=$(python3 -c "import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))" "$QUERY")
else
  q=$(python3 -c "import sys,urllib.parse; print(urllib.parse.quote(' OR '.join(list(sys.argv[1])[:30])))" "$chars")
fi
url="$base/api/search?size=500&q=$q"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
seq "$requests" | xargs -P "$concurrency" -I{} sh -c \
  "curl -s -o '$out/{}.json' -w '%{http_code} %{time_total}\n' --max-time 120 '$url' >> '$out/times'"
python3 - "$out" <<'PY'
import json, os, sys
d = sys.argv[1]
lines = [l.split() for l in open(os.path.join(d, "times")) if l.strip()]
times = sorted(float(t) * 1000 for _, t in lines)
statuses = {}
for s, _ in lines:
    statuses[s] = statuses.get(s, 0) + 1
partial = took = 0
tooks = []
for f in os.listdir(d):
    if f.endswith(".json"):
        try:
            j = json.load(open(os.path.join(d, f)))
        except Exception:
            continue
        if j.get("partial"):
            partial += 1
        if "tookMs" in j:
            tooks.append(j["tookMs"])
pct = lambda p: times[min(len(times) - 1, int(p * len(times)))]
print(f"requests {len(times)} statuses {statuses} partial {partial}")
print(f"latency ms: p50 {pct(0.5):.0f} p90 {pct(0.9):.0f} max {times[-1]:.0f}; tookMs p50 {sorted(tooks)[len(tooks)//2] if tooks else '-'}")
PY

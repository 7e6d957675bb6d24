#!/usr/bin/env bash
# HTTP benchmark: start `serve` on an existing index with a fixed heap, time the first answer,
# then drive /api/search with wrk at 1, 8 and 32 connections.
# Usage: bench/http.sh INDEX_DIR [SECONDS] [HEAP]     e.g. bench/http.sh /tmp/idx100k 30 512m
# MIX=fixed (default): the 13-request mix of bench/wrk-search.lua, rotating (repeats: after the
#   first round the server's caches answer it). MIX=distinct: every request different
#   (bench/wrk-distinct.lua; each run gets its own seeded URL file), so caches only help where a
#   real user's next search would reuse counts (same words, other selections).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
index="${1:?usage: bench/http.sh INDEX_DIR [SECONDS] [HEAP]}"
secs="${2:-30}"
heap="${3:-512m}"
port="${PORT:-7099}"
source "$root/.ci/jdk.sh"
[ -f "$root/target/nianbao.jar" ] || (cd "$root" && mvn -B -q -ntp package -DskipTests)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

log="$(mktemp)"
start=$(date +%s.%N)
# exactly what users run: bin/nianbao serve (with its ahead-of-time cache or class-data-sharing
# archive, recorded by an earlier serve of the same jar), with a fixed heap and a GC log
NIANBAO_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$log.gc" "$root/bin/nianbao" serve --index "$index" --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port/api/search?q=%E5%BE%AE%E4%BF%A1%E5%85%AC%E4%BC%97%E5%8F%B7"
until curl -fs -o /dev/null "$url"; do
  kill -0 $pid 2>/dev/null || { echo "serve died:"; cat "$log"; exit 1; }
  sleep 0.05
done
first=$(date +%s.%N)
awk -v a="$start" -v b="$first" -v h="$heap" 'BEGIN { printf "serve -> first answer: %.2f s (heap %s)\n", b - a, h }'

mix="${MIX:-fixed}"
script="$root/bench/wrk-search.lua"
urls() { # a URL file of distinct requests for seed $1
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$root/target/nianbao.jar" bench queries \
    --index "$index" --distinct 20000 --seed "$1" --write-urls "$log.urls$1" >/dev/null
  echo "$log.urls$1"
}
if [ "$mix" = distinct ]; then
  script="$root/bench/wrk-distinct.lua"
  export URLS; URLS="$(urls 100)"
fi
# warm up, then measure
THREADS=2 wrk -t2 -c8 -d10s -s "$script" "http://127.0.0.1:$port" >/dev/null
for c in 1 8 32; do
  t=$(( c < 2 ? 1 : 2 ))
  [ "$mix" = distinct ] && URLS="$(urls "$c")"
  echo "--- $mix mix, $c connection(s), ${secs}s"
  THREADS=$t wrk -t"$t" -c"$c" -d"${secs}s" --timeout 10s --latency -s "$script" "http://127.0.0.1:$port" \
    | grep -E "Requests/sec|Non-2xx|Socket errors|errors:|latency ms"
done
rss=$(ps -o rss= -p $pid)
pauses=$(grep 'Pause' "$log.gc" | grep -oE '[0-9.]+ms$' | sort -n)
echo "server RSS after the run: $((rss / 1024)) MB; GC pauses: $(echo "$pauses" | grep -c . || true), max $(echo "$pauses" | tail -1); heap after GC: $(grep 'Pause Young' "$log.gc" | tail -1 | grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)')"

#!/usr/bin/env bash
# Export memory: serve an existing index with a fixed heap and stream /search.csv and /search.xlsx
# for queries matching most reports; print rows, bytes, time and the heap (peak of the used heap
# sampled with jcmd GC.heap_info every 0.2 s, and the largest heap after a GC from -Xlog:gc).
# Usage: bench/export.sh INDEX_DIR [HEAP] [JAR]     e.g. bench/export.sh /work/bench/idx100k 512m
# QUERIES="公开 ''" (default): the URL-encoded q values, '' = no query (every report).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
index="${1:?usage: bench/export.sh INDEX_DIR [HEAP] [JAR]}"
heap="${2:-512m}"
jar="${3:-$root/target/nianbao.jar}"
port="${PORT:-7098}"
source "$root/.ci/jdk.sh"
out="$(mktemp -d)"
"$JAVA_HOME/bin/java" "-Xmx$heap" "-Xlog:gc:file=$out/gc.log" -jar "$jar" serve --index "$index" \
  --port "$port" >"$out/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$out"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"; do
  kill -0 $pid 2>/dev/null || { echo "serve died:"; cat "$out/serve.log"; exit 1; }
  sleep 0.2
done
used_kb() { "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2>/dev/null | awk '/used/ { for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); gsub(/[^0-9]/, "", v); print v; exit } }'; }
echo "heap $heap, idle after start: $(($(used_kb) / 1024)) MB used"
for q in ${QUERIES:-%E5%85%AC%E5%BC%80 ''}; do
  for ext in csv xlsx; do
    : >"$out/samples"
    (while kill -0 $pid 2>/dev/null; do used_kb >>"$out/samples"; sleep 0.2; done) &
    sampler=$!
    gc_before=$(wc -l <"$out/gc.log")
    t=$(curl -fs -o "$out/export.$ext" -w '%{time_total}' "http://127.0.0.1:$port/search.$ext?q=$q")
    kill $sampler; wait $sampler 2>/dev/null || true
    if [ "$ext" = csv ]; then
      rows=$(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''))) - 1)" "$out/export.csv")
    else
      rows=$(python3 -c "import zipfile,re,sys; x=zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml'); print(len(re.findall(rb'<row ', x)) - 1)" "$out/export.xlsx")
    fi
    peak=$(sort -n "$out/samples" | tail -1)
    after_gc=$(tail -n +"$((gc_before + 1))" "$out/gc.log" | grep -o -- '->[0-9]*M' | tr -d -- '->M' | sort -n | tail -1 || true)
    printf 'q=%-20s %-4s rows %7s  %9s bytes  %6.1f s  peak used heap %4s MB (sampled)  max after GC %s MB  GCs %s\n' \
      "${q:-(none)}" "$ext" "$rows" "$(stat -c %s "$out/export.$ext")" "$t" "$((peak / 1024))" "${after_gc:-?}" \
      "$(($(wc -l <"$out/gc.log") - gc_before))"
  done
done
grep -c OutOfMemoryError "$out/serve.log" | sed 's/^/OutOfMemoryError lines in the log: /' || true

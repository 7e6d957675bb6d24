#!/bin/bash
# A/B of jars by server CPU per distinct request over a fixed request set (bench/cpu-distinct.py):
# for each jar a fresh `serve -Xmx512m`, WARM requests of another seed, then N measured.
# usage: bench/cpu-ab.sh INDEX CORPUS N CONNECTIONS SEED JAR...   (env WARM, default 150; JOPTS: extra
# JVM options, e.g. JOPTS=-Dnianbao.cache-mb=64)
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/.ci/jdk.sh"
idx=$1; corpus=$2; n=$3; conns=$4; seed=$5; shift 5
for jar in "$@"; do
  port=$((18000 + RANDOM % 1000))
  java -Xmx512m ${JOPTS:-} -jar "$jar" serve --index "$idx" --port $port > /tmp/cpu-ab-serve.log 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do curl -s -o /dev/null "http://127.0.0.1:$port/api/search?q=" && break; sleep 0.2; done
  echo "$(basename "$jar"): $(python3 "$root/bench/cpu-distinct.py" $port $pid "$corpus" --requests "$n" --warm "${WARM:-150}" --seed "$seed" --connections "$conns")"
  kill $pid; wait $pid 2>/dev/null
done

#!/bin/bash
# A/B of jars on distinct traffic: for each jar, a fresh `serve -Xmx512m`, WARM seconds of
# ../shared/tools/distinct_load.py on another seed, then SECONDS measured; prints the load average
# before -> after and the server's CPU per request (user+sys over the run / requests), which the
# machine's load disturbs less than latency, and the load client's own (its start excluded; it
# shares the 2 cores: at 8 closed-loop connections the median is about 4 x the two together).
# Alternate the jars (A B A B).
# usage: bench/ab-distinct.sh INDEX CORPUS SECONDS CONNECTIONS SEED JAR...   (env WARM, default 20;
# env JOPTS: extra JVM options for the server, e.g. JOPTS=-XX:+UseParallelGC). A JAR given as
# JAR@INDEX2 serves INDEX2 instead (two index formats of the same corpus).
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/.ci/jdk.sh"
load="$root/../shared/tools/distinct_load.py"
idx=$1; corpus=$2; secs=$3; conns=$4; seed=$5; shift 5
for arg in "$@"; do
  jar=${arg%%@*}; index=$idx; [ "$jar" != "$arg" ] && index=${arg#*@}
  port=$((18000 + RANDOM % 1000))
  java -Xmx512m ${JOPTS:-} -jar "$jar" serve --index "$index" --port $port > /tmp/ab-distinct-serve.log 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do curl -s -o /dev/null "http://127.0.0.1:$port/api/search?q=" && break; sleep 0.2; done
  python3 "$load" $port "$corpus" --connections "$conns" --seconds "${WARM:-20}" --seed $((seed + 1000)) > /dev/null
  # the client's own start (reading the corpus sample, building its requests): not per request
  python3 "$root/bench/cpu-of.py" /tmp/ab-distinct-start.cpu python3 "$load" $port "$corpus" --seconds 0 --seed "$seed" > /dev/null 2>&1
  c0=$(awk '{print $14+$15}' /proc/$pid/stat); l0=$(cut -d' ' -f1 /proc/loadavg)
  r=$(python3 "$root/bench/cpu-of.py" /tmp/ab-distinct-client.cpu python3 "$load" $port "$corpus" --connections "$conns" --seconds "$secs" --seed "$seed")
  c1=$(awk '{print $14+$15}' /proc/$pid/stat); l1=$(cut -d' ' -f1 /proc/loadavg)
  n=$(echo "$r" | awk '{print $1}')
  client=$(awk -v n="$n" -v s="$(cat /tmp/ab-distinct-start.cpu)" '{printf "%.2f", ($1 - s) * 1000 / n}' /tmp/ab-distinct-client.cpu)
  echo "$(basename "$arg") seed=$seed c=$conns load $l0->$l1 cpu/req $(python3 -c "print(f'{($c1-$c0)*10/$n:.1f}')")ms client ${client}ms: $r"
  kill $pid; wait $pid 2>/dev/null
done

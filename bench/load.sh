#!/usr/bin/env bash
# Load test of a running `nianbao serve`: 32 connections on /api/search with the benchmark query mix.
#   bin/nianbao serve &          # or any running server
#   bench/load.sh [URL]          # default http://127.0.0.1:7070; DURATION=60s CONNECTIONS=32 THREADS=2 TIMEOUT=10s to change
# Prints wrk's latency distribution plus a line of error counts and p50/p90/p99/max (from wrk-search.lua).
# Exits non-zero when any request failed (connect/read/write errors, timeouts or non-2xx statuses).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
url="${1:-http://127.0.0.1:7070}"
command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
curl -fsS "$url/healthz" >/dev/null || { echo "error: no nianbao server answers at $url (start one with bin/nianbao serve)" >&2; exit 2; }
out=$(wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-32}" -d"${DURATION:-30s}" --timeout "${TIMEOUT:-10s}" --latency -s bench/wrk-search.lua "$url")
echo "$out"
errors=$(echo "$out" | sed -nE 's/^errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), status ([0-9]+), timeout ([0-9]+)$/\1 \2 \3 \4 \5/p')
non2xx=$(echo "$out" | sed -nE 's/^ *Non-2xx or 3xx responses: ([0-9]+)$/\1/p')
total=0
for n in $errors ${non2xx:-0}; do total=$((total + n)); done
if [ "$total" -ne 0 ]; then
  echo "FAILED: $total failed requests" >&2
  exit 1
fi

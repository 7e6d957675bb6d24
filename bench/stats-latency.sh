#!/usr/bin/env bash
# Latency of the 数据 page and its JSON API against a running `serve`: N distinct requests each
# (every measure with a different filter: none, a year, a province, a query, a measure range;
# no URL is requested twice), after 3 warm-up requests; prints each time and the median.
#   bench/stats-latency.sh http://127.0.0.1:PORT [N]
set -euo pipefail
BASE=${1:?base URL}
N=${2:-24}
MEASURES=(new_requests carried_over handled_total carried_forward review_total litigation_direct_total
  litigation_after_review_total granted partial denied denied_secret denied_law denied_safety
  denied_third_party denied_internal denied_process denied_enforcement denied_query review_corrected
  litigation_total litigation_corrected review_correction_rate litigation_correction_rate)
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
# provinces present in the index (from the search facets)
mapfile -t PROVINCES < <(curl -s "$BASE/api/search?facetLimit=40" |
  python3 -c 'import json,sys;print("\n".join(v["value"] for v in json.load(sys.stdin)["facets"]["province"] if v["value"]!="未识别"))')
filter() { # the i-th filter (distinct for every i < N)
  local i=$1
  case $((i % 5)) in
    0) echo "" ;;
    1) echo "&year=$((2014 + i % 12))" ;;
    2) echo "&province=$(enc "${PROVINCES[$((i % ${#PROVINCES[@]}))]}")" ;;
    3) echo "&q=$(enc 微信公众号)&year=$((2014 + i % 12))" ;;
    4) echo "&min=$((i % 7))" ;;
  esac
}
for path in /stats /api/stats; do
  for w in 1 2 3; do curl -s -o /dev/null "$BASE$path?measure=new_requests&year=$((2010 + w))"; done
  times=()
  for ((i = 0; i < N; i++)); do
    m=${MEASURES[$((i % ${#MEASURES[@]}))]}
    f=$(filter "$i")
    [[ $m == *_rate && $f == "&min="* ]] && f="&year=$((2014 + i % 12))&province=$(enc "${PROVINCES[0]}")"
    url="$BASE$path?measure=$m$f"
    t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$url")
    [[ ${t%% *} == 200 ]] || { echo "FAILED $t $url" >&2; exit 1; }
    times+=("${t#* }")
    echo "$path $m$f ${t#* }s"
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v p="$path" '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%s: n=%d min=%.3fs median=%.3fs max=%.3fs\n", p, NR, a[1], m, a[NR]}'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

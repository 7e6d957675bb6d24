#!/usr/bin/env bash
# Peer comparison: ripgrep scanning the corpus files for the same phrases (fixed strings), timed
# with hyperfine. Compare with `nianbao bench queries --query …` on the index of the same files.
# Note: rg reads the files as they are (UTF-8; the ~2% GB18030 files and phrases broken across
# lines by extraction damage are missed), so it does less work than nianbao, which searches the
# repaired text and also computes facets and snippets.
# Usage: bench/rg.sh CORPUS_DIR
set -euo pipefail
dir="${1:?usage: bench/rg.sh CORPUS_DIR}"
for cmd in rg hyperfine; do command -v $cmd >/dev/null || { echo "$cmd is missing: apt-get install ripgrep hyperfine" >&2; exit 1; }; done
sync
for q in 区块链 微信公众号 公开 行政复议 依申请公开; do
  hyperfine -N --warmup 1 --runs 5 --export-json "/tmp/rg-$q.json" "rg -F -l -c $q $dir" 2>/dev/null \
    | grep -E "Time \(mean" | sed "s/^/$q: /"
done

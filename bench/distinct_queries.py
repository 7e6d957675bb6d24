#!/usr/bin/env python3
"""The request mix of ../shared/tools/distinct_load.py (same generator, same seed -> same order of
draws), written as lines `query<TAB>county-index<TAB>year` (empty when unset; the county index is
into the index's 50 largest counties) for bench/RankBench.java.
usage: bench/distinct_queries.py CORPUS_DIR COUNT [--seed 11] > queries.tsv"""
import argparse, os, random, re
ap = argparse.ArgumentParser(); ap.add_argument('corpus'); ap.add_argument('count', type=int)
ap.add_argument('--seed', type=int, default=11)
a = ap.parse_args()
rnd = random.Random(a.seed)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(a.corpus) for f in fs)
han = re.compile(r'[\u4e00-\u9fff]{2,}')
runs = []
for f in rnd.sample(files, min(300, len(files))):
    raw = open(f, 'rb').read()
    try: txt = raw.decode('utf-8')
    except UnicodeDecodeError: txt = raw.decode('gb18030', 'replace')
    runs += han.findall(txt)
def phrase():
    r = rnd.choice(runs); k = rnd.choice([2, 2, 3, 4]); i = rnd.randrange(0, max(1, len(r) - k + 1)); return r[i:i + k]
seen = set()
while len(seen) < a.count:
    kind = rnd.random(); q = phrase()
    if kind < 0.25: q += ' ' + phrase()
    elif kind < 0.35: q += ' -' + phrase()
    county = str(rnd.randrange(50)) if rnd.random() < 0.3 else ''
    year = str(rnd.randrange(2014, 2026)) if rnd.random() < 0.2 else ''
    line = f'{q}\t{county}\t{year}'
    if line not in seen: seen.add(line); print(line)

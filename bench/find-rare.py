#!/usr/bin/env python3
"""Rare phrases for benchmarks: samples 3-4 character windows of the corpus text and keeps those with
1-30 reports on a running server (issue 16). usage: bench/find-rare.py PORT CORPUS_DIR N > phrases.txt"""
import http.client, json, os, random, re, sys, urllib.parse
port, corpus, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
rnd = random.Random(99); c = http.client.HTTPConnection('127.0.0.1', port)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs)
han = re.compile(r'[\u4e00-\u9fff]{3,}')
found = set(); tried = 0
while len(found) < n and tried < 60000:
    t = open(rnd.choice(files), encoding='utf-8', errors='replace').read()
    runs = han.findall(t)
    if not runs: continue
    for _ in range(20):
        r = rnd.choice(runs); k = rnd.choice([3, 4]); i = rnd.randrange(0, max(1, len(r) - k + 1)); q = r[i:i+k]
        tried += 1
        c.request('GET', '/api/search?size=1&facetLimit=1&q=' + urllib.parse.quote(q)); tot = json.loads(c.getresponse().read())['total']
        if 0 < tot <= 30: found.add(q)
print('\n'.join(sorted(found))); print(f'tried {tried}', file=sys.stderr)

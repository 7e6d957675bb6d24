#!/usr/bin/env python3
"""First-time rare phrases with filters (issue 16, eighteenth round): over one keep-alive connection
for SECONDS, one of six rare phrases with a random year and, half of the time, a random county
(MODE county) or agency (MODE agency) of the index; no request repeated. Prints the median and
mean of the server's own time (Server-Timing). usage: bench/rare-filtered.py PORT SECONDS SEED [MODE]"""
import http.client, json, random, re, sys, time, urllib.parse, statistics
port = int(sys.argv[1]); secs = float(sys.argv[2]); rnd = random.Random(int(sys.argv[3]))
c = http.client.HTTPConnection('127.0.0.1', port)
def get(params):
    c.request('GET', '/api/search?' + urllib.parse.urlencode(params)); r = c.getresponse(); b = r.read()
    return sum(float(x) for x in re.findall(r'dur=([0-9.]+)', r.getheader('Server-Timing') or '')), json.loads(b)
root = get({'q': '', 'facetLimit': '0'})[1]
counties = [f['value'] for f in root['facets']['county']]
agencies = [f['value'] for f in root['facets']['agency']]
mode = sys.argv[4] if len(sys.argv) > 4 else 'county'
phr = ['区块链', '桓巨', '数字人民币', '元宇宙', '碳达峰', '人工智能']
seen = set(); out = []; t0 = time.time()
while time.time() - t0 < secs:
    p = {'q': rnd.choice(phr), 'year': str(rnd.randrange(2014, 2026))}
    if rnd.random() < 0.5:
        if mode == 'county': p['county'] = rnd.choice(counties)
        else: p['agency'] = rnd.choice(agencies)
    k = tuple(sorted(p.items()))
    if k in seen: continue
    seen.add(k); s, body = get(p); out.append((s, body['total']))
print(f'{len(out)} requests, server median {statistics.median(o[0] for o in out):.3f} ms, mean {statistics.mean(o[0] for o in out):.3f}; hits median {statistics.median(o[1] for o in out)}; {len(counties)} counties')

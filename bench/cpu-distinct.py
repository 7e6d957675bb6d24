#!/usr/bin/env python3
"""CPU per distinct request of a running server, over a FIXED set of requests (robust to a busy
machine, unlike a time-bounded run, whose request count depends on the load): the same request
generator as ../shared/tools/distinct_load.py (random 2-4 character corpus phrases, alone, in pairs
or excluded; 30% with a county, 20% with a year), the first WARM requests of another seed as
warm-up, then exactly N requests of --seed; prints the server's user+sys CPU ms per request over
the N (read from /proc/PID/stat) and the latency percentiles.

usage: bench/cpu-distinct.py PORT PID CORPUS_DIR [--requests 300] [--warm 150] [--seed 7]
       [--connections 2]"""
import argparse, http.client, json, os, random, re, threading, time, urllib.parse, urllib.request

ap = argparse.ArgumentParser()
ap.add_argument('port', type=int); ap.add_argument('pid', type=int); ap.add_argument('corpus')
ap.add_argument('--requests', type=int, default=300); ap.add_argument('--warm', type=int, default=150)
ap.add_argument('--seed', type=int, default=7); ap.add_argument('--connections', type=int, default=2)
a = ap.parse_args()
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(a.corpus) for f in fs)
han = re.compile(r'[\u4e00-\u9fff]{2,}')
base = f'http://127.0.0.1:{a.port}'
counties = [v['value'] for v in json.loads(urllib.request.urlopen(base + '/api/search?q=', timeout=120).read())['facets'].get('county', [])][:50] or ['']

def paths(seed, n):
    rnd = random.Random(seed)
    runs = []
    for f in rnd.sample(files, min(300, len(files))):
        raw = open(f, 'rb').read()
        try: txt = raw.decode('utf-8')
        except UnicodeDecodeError: txt = raw.decode('gb18030', 'replace')
        runs += han.findall(txt)
    def phrase():
        r = rnd.choice(runs); k = rnd.choice([2, 2, 3, 4]); i = rnd.randrange(0, max(1, len(r) - k + 1)); return r[i:i + k]
    seen, out = set(), []
    while len(out) < n:
        kind = rnd.random(); q = phrase()
        if kind < 0.25: q += ' ' + phrase()
        elif kind < 0.35: q += ' -' + phrase()
        params = {'q': q}
        if rnd.random() < 0.3: params['county'] = rnd.choice(counties)
        if rnd.random() < 0.2: params['year'] = str(rnd.randrange(2014, 2026))
        p = '/api/search?' + urllib.parse.urlencode(params)
        if p not in seen: seen.add(p); out.append(p)
    return out

def run(ps):
    lat, errs, lock, nxt = [], [0], threading.Lock(), [0]
    def worker():
        c = http.client.HTTPConnection('127.0.0.1', a.port, timeout=120)
        while True:
            with lock:
                if nxt[0] >= len(ps): return
                p = ps[nxt[0]]; nxt[0] += 1
            t0 = time.perf_counter()
            try:
                c.request('GET', p); r = c.getresponse(); r.read()
                if r.status != 200: errs[0] += 1
            except Exception:
                errs[0] += 1; c = http.client.HTTPConnection('127.0.0.1', a.port, timeout=120)
            with lock: lat.append((time.perf_counter() - t0) * 1000)
    ws = [threading.Thread(target=worker) for _ in range(a.connections)]
    for w in ws: w.start()
    for w in ws: w.join()
    return sorted(lat), errs[0]

def cpu():
    f = open(f'/proc/{a.pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) * 1000 / os.sysconf('SC_CLK_TCK')

run(paths(a.seed + 1000, a.warm))
c0, l0, t0 = cpu(), os.getloadavg()[0], time.time()
lat, errs = run(paths(a.seed, a.requests))
c1, l1 = cpu(), os.getloadavg()[0]
pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
print(f'{len(lat)} requests, cpu/req {(c1 - c0) / len(lat):.1f} ms, load {l0:.1f}->{l1:.1f}, '
      f'{time.time() - t0:.1f} s, p50 {pct(0.5):.1f} p90 {pct(0.9):.1f} p99 {pct(0.99):.1f} ms, errors {errs}')

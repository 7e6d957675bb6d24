#!/usr/bin/env python3
"""One user at a time against a running server (issue 16): each request a new random 2-4 character
phrase from the corpus text (as distinct_load.py draws them), over one kept-alive connection, so
no cache answers it. Modes, interleaved request by request:
  b2b    the next request right after the previous answer;
  sleep  0.2 s of idleness, then a zero-hit request (it absorbs the VM's wake-up), then the phrase;
  rg     `rg -F -c PHRASE CORPUS` first (as bench/peers.py), then a zero-hit request, then the phrase.
With --file, the phrases are the lines of FILE instead (query TAB county TAB year; county is
ignored), each sent once after 0.2 s of idleness (e.g. the heaviest requests of a mix).
Prints per mode the median and mean wall time, the mean of the server's tookMs (whole ms) and the
server's own time from its Server-Timing header (search and JSON, without the network and the client).

usage: bench/single-user.py PORT CORPUS_DIR [--n 60] [--seed 5] [--modes b2b,sleep,rg] [--file F]"""
import argparse, http.client, json, os, random, re, shutil, statistics, subprocess, sys, time, urllib.parse

ap = argparse.ArgumentParser()
ap.add_argument('port', type=int); ap.add_argument('corpus')
ap.add_argument('--n', type=int, default=60); ap.add_argument('--seed', type=int, default=5)
ap.add_argument('--modes', default='b2b,sleep,rg'); ap.add_argument('--file')
a = ap.parse_args()
if 'rg' in a.modes.split(',') and not a.file and shutil.which('rg') is None:
    sys.exit('single-user.py: rg is not installed (Debian: apt-get install ripgrep), or leave out --modes rg')

conn = http.client.HTTPConnection('127.0.0.1', a.port, timeout=120)
zero = random.Random(1)


def ask(params):
    t0 = time.perf_counter()
    conn.request('GET', '/api/search?' + urllib.parse.urlencode(params))
    resp = conn.getresponse()
    body = resp.read()
    wall = (time.perf_counter() - t0) * 1000
    # the server's own time (Server-Timing: search and JSON), finer than tookMs
    server = sum(float(x) for x in re.findall(r'dur=([0-9.]+)', resp.getheader('Server-Timing') or ''))
    return wall, json.loads(body)['tookMs'], server


def zero_hit():
    ask({'q': ''.join(chr(zero.randrange(0x4e00, 0x9fa5)) for _ in range(5))})


def show(name, res):
    print(f'{name}: n={len(res)} wall median {statistics.median(r[0] for r in res):.2f} ms, '
          f'mean {statistics.mean(r[0] for r in res):.2f} ms; tookMs mean '
          f'{statistics.mean(r[1] for r in res):.2f}; server median {statistics.median(r[2] for r in res):.2f} ms, '
          f'mean {statistics.mean(r[2] for r in res):.2f} ms')


if a.file:
    res = []
    for line in open(a.file, encoding='utf-8'):
        q, _, year = (line.rstrip('\n').split('\t') + ['', ''])[:3]
        time.sleep(0.2)
        res.append(ask({'q': q, **({'year': year} if year else {})}))
    show('file', res)
    raise SystemExit

rnd = random.Random(a.seed)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(a.corpus) for f in fs)
han = re.compile(r'[\u4e00-\u9fff]{2,}')
runs = []
for f in rnd.sample(files, min(200, len(files))):
    runs += han.findall(open(f, encoding='utf-8', errors='replace').read())


def phrase():
    r = rnd.choice(runs); k = rnd.choice([2, 3, 4]); i = rnd.randrange(0, max(1, len(r) - k + 1))
    return r[i:i + k]


modes = a.modes.split(',')
res = {m: [] for m in modes}
for _ in range(a.n):
    for m in modes:
        q = phrase()
        if m == 'rg':
            subprocess.run(['rg', '-F', '-c', q, a.corpus], capture_output=True)
        elif m == 'sleep':
            time.sleep(0.2)
        if m != 'b2b':
            zero_hit()
        res[m].append(ask({'q': q}))
for m in modes:
    show(m, res[m])

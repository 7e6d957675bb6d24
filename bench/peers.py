#!/usr/bin/env python3
"""Peers side by side on one corpus (issue 16): ripgrep (`rg -F -c`), Recoll (`recollq`) and a
running nianbao server (`/api/search` over one kept-alive connection, as a browser asks; each phrase
asked once, so no cache answers it), per phrase
of one mix: 10 fixed phrases of the benchmark mix and 10 random 2-4 character phrases taken from
the corpus text (as bench's distinct_load does). Brute force is `grep -rlF` (files containing the
phrase); Recoll's recall is measured against it.

Per phrase, right after rg (the server idle for ~0.3 s) nianbao first gets an unrelated zero-hit
request — its time is this VM's wake-up, 2-10 ms here, shown in its own column — and then the
phrase, a first-time search on a warm connection (as rg's back-to-back runs are warm): the ratio
uses that time. "server ms" is the server's own time for it (its Server-Timing header: search and
JSON, without the network, the client and the wake-up), and "rg / server" the ratio to that.

usage: bench/peers.py CORPUS_DIR --port PORT [--recoll-conf DIR] [--runs 3] [--seed 16]
Index Recoll first (`recollindex -c DIR`, recoll.conf with `topdirs = CORPUS_DIR`).
Times are wall clock, median of --runs for rg and recollq (files in the page cache)."""
import argparse, http.client, json, os, random, re, shutil, statistics, subprocess, sys, time, urllib.parse, urllib.request

ap = argparse.ArgumentParser()
ap.add_argument('corpus'); ap.add_argument('--port', type=int, required=True)
ap.add_argument('--recoll-conf'); ap.add_argument('--runs', type=int, default=3)
ap.add_argument('--seed', type=int, default=16)
a = ap.parse_args()
for tool, package in [('rg', 'ripgrep'), ('grep', 'grep')] + ([('recollq', 'recoll')] if a.recoll_conf else []):
    if shutil.which(tool) is None:
        sys.exit(f'peers.py: {tool} is not installed (Debian: apt-get install {package})')

FIXED = ['区块链', '微信公众号', '公开', '行政复议', '依申请公开', '政务新媒体', '抖音', '乡村振兴', '考核', '信息公开']
rnd = random.Random(a.seed)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(a.corpus) for f in fs)
han = re.compile(r'[\u4e00-\u9fff]{2,}')
runs = []
for f in rnd.sample(files, min(200, len(files))):
    raw = open(f, 'rb').read()
    try:
        txt = raw.decode('utf-8')
    except UnicodeDecodeError:
        txt = raw.decode('gb18030', 'replace')
    runs += han.findall(txt)
phrases = list(FIXED)
while len(phrases) < 20:
    r = rnd.choice(runs); k = rnd.choice([2, 3, 4]); i = rnd.randrange(0, max(1, len(r) - k + 1))
    if r[i:i + k] not in phrases:
        phrases.append(r[i:i + k])


def timed(cmd):
    t = []
    out = None
    for _ in range(a.runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        t.append((time.perf_counter() - t0) * 1000)
        out = p.stdout
    return statistics.median(t), out


conn = http.client.HTTPConnection('127.0.0.1', a.port, timeout=120)  # kept alive, as a browser


def nianbao(q):
    path = '/api/search?' + urllib.parse.urlencode({'q': q})
    t0 = time.perf_counter()
    conn.request('GET', path)
    resp = conn.getresponse()
    raw = resp.read()
    ms = (time.perf_counter() - t0) * 1000
    # Server-Timing: search;dur=X, json;dur=Y: the server's own work, without network and wake-up
    server = sum(float(m.group(1)) for m in re.finditer(r'dur=([0-9.]+)', resp.getheader('Server-Timing') or ''))
    return ms, json.loads(raw)['total'], server


def recoll(q):
    cmd = ['recollq', '-c', a.recoll_conf, '-n', '0', '-b', '"' + q + '"']  # -n 0: every result (default 2000)
    ms, out = timed(cmd)
    return ms, {l.strip().removeprefix('file://') for l in out.splitlines() if l.startswith('file://')}


print('| phrase | grep files | rg -F -c ms | zero-hit request after rg, ms | nianbao ms (first time) '
      + '| server ms | reports | rg / nianbao | rg / server '
      + ('| recollq ms | recoll files | recall ' if a.recoll_conf else '') + '|')
print('|---|---|---|---|---|---|---|---|---|' + ('---|---|---|' if a.recoll_conf else ''))
ratios, server_ratios, wakes, recalls = [], [], [], []
zero = random.Random(a.seed + 1)
for q in phrases:
    truth = set(subprocess.run(['grep', '-rlF', q, a.corpus], capture_output=True, text=True)
                .stdout.split())
    rg_ms, _ = timed(['rg', '-F', '-c', q, a.corpus])
    wake_ms, _, _ = nianbao(''.join(chr(zero.randrange(0x4e00, 0x9fa5)) for _ in range(5)))
    nb_ms, total, server_ms = nianbao(q)
    wakes.append(wake_ms)
    ratios.append(rg_ms / nb_ms)
    server_ratios.append(rg_ms / max(server_ms, 0.001))
    row = (f'| {q} | {len(truth)} | {rg_ms:.0f} | {wake_ms:.1f} | {nb_ms:.1f} | {server_ms:.2f} | {total} '
           + f'| {rg_ms / nb_ms:.0f}× | {server_ratios[-1]:.0f}× ')
    if a.recoll_conf:
        rc_ms, found = recoll(q)
        rec = len(found & truth) / len(truth) if truth else 1.0
        recalls.append(rec)
        row += f'| {rc_ms:.0f} | {len(found)} | {rec:.3f} '
    print(row + '|')
print(f'\nrg / nianbao: median {statistics.median(ratios):.0f}×, min {min(ratios):.0f}×; '
      + f'rg / server time: median {statistics.median(server_ratios):.0f}×, min {min(server_ratios):.0f}×; '
      + f'zero-hit request right after rg: median {statistics.median(wakes):.1f} ms'
      + (f'; Recoll recall: median {statistics.median(recalls):.3f}, min {min(recalls):.3f}'
         if recalls else ''))

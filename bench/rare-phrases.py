#!/usr/bin/env python3
"""Rare-phrase latency over one keep-alive connection to a running server (issue 16): 120 new
random 3-character Han strings (no hits), then 120 distinct rare-phrase searches with a year (the
second half also with county=未识别). Prints wall and tookMs. usage: bench/rare-phrases.py PORT"""
import http.client, json, random, time, urllib.parse, statistics, sys
port = int(sys.argv[1]); rnd = random.Random(5)
c = http.client.HTTPConnection('127.0.0.1', port)
def q(params):
    t0 = time.perf_counter(); c.request('GET', '/api/search?' + urllib.parse.urlencode(params)); r = c.getresponse(); b = r.read()
    return (time.perf_counter() - t0) * 1000, json.loads(b)['tookMs']
for name, gen in (('zero-hit', lambda i: {'q': ''.join(chr(rnd.randrange(0x4e00, 0x9fa5)) for _ in range(3))}),
                  ('rare+filter', lambda i: {'q': ['区块链', '数字人民币', '元宇宙', '碳达峰', '人工智能'][i % 5], 'year': str(2014 + i // 5 % 12), **({'county': '未识别'} if i >= 60 else {})})):
    ws, ts = [], []
    for i in range(120):
        w, t = q(gen(i)); ws.append(w); ts.append(t)
    print(f'{name}: wall p50 {statistics.median(ws):.1f} ms, tookMs p50 {statistics.median(ts)} mean {statistics.mean(ts):.2f}')

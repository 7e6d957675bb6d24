#!/usr/bin/env python3
"""What a pause costs (issue 16, eighteenth round): over one keep-alive connection, 30 requests per
idleness (0, 2, 10, 50, 200 ms before each), median wall ms of a 404 of /assets/… and of a new
zero-hit search. Against bench/trivial-server.py both are its trivial answer.
usage: bench/idle-wake.py PORT SEED"""
import http.client, random, time, urllib.parse, statistics, sys
port = int(sys.argv[1]); rnd = random.Random(int(sys.argv[2]))
c = http.client.HTTPConnection('127.0.0.1', port)
def get(p):
    t0 = time.perf_counter(); c.request('GET', p); r = c.getresponse(); r.read(); return (time.perf_counter() - t0) * 1000
def zh(): return '/api/search?q=' + urllib.parse.quote(''.join(chr(rnd.randrange(0x4e00, 0x9fa5)) for _ in range(3)))
for _ in range(30): get(zh()); get('/assets/app.css')
for idle in (0, 0.002, 0.01, 0.05, 0.2):
    a=[];b=[]
    for i in range(30):
        time.sleep(idle); a.append(get('/assets/app.css'))
        time.sleep(idle); b.append(get(zh()))
    print(f'idle {idle*1000:.0f} ms: 404 p50 {statistics.median(a):.2f}  zero-hit search p50 {statistics.median(b):.2f} ms')

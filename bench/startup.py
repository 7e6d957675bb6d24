#!/usr/bin/env python3
"""Start-up time (issue 16): `bin/nianbao serve` on an existing index with -Xmx512m, timed to the
moment the port accepts a connection and to the first answer of 微信公众号 (a 5 ms polling loop in
this process, finer than a shell loop of curl). The first run after a build records the ahead-of-time
cache (JDK 25+) and is reported apart. usage: bench/startup.py INDEX [RUNS] [PORT]"""
import http.client, os, signal, socket, statistics, subprocess, sys, time, urllib.parse

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
index = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
port = int(sys.argv[3]) if len(sys.argv) > 3 else 7098
path = '/api/search?q=' + urllib.parse.quote('微信公众号')


def first_answer():
    try:
        c = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
        c.request('GET', path)
        r = c.getresponse(); r.read(); c.close()
        return r.status == 200
    except OSError:
        return False


def listening():
    try:
        socket.create_connection(('127.0.0.1', port), timeout=1).close()
        return True
    except OSError:
        return False


def one():
    env = dict(os.environ, NIANBAO_JAVA_OPTS='-Xmx512m')
    t0 = time.perf_counter()
    p = subprocess.Popen([os.path.join(root, 'bin/nianbao'), 'serve', '--index', index, '--port', str(port)],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    listen = None
    try:
        while True:
            if p.poll() is not None:
                sys.exit(f'serve ended with exit code {p.returncode} before answering')
            if listen is None and listening():
                listen = time.perf_counter() - t0
            if listen is not None and first_answer():
                return listen, time.perf_counter() - t0
            time.sleep(0.005)
    finally:
        p.send_signal(signal.SIGTERM); p.wait()


if not listening():
    record = one()  # records the AOT cache when the jar is new; its time is not a user's start-up
    print(f'first run (cache recording): listening {record[0]:.2f} s, first answer {record[1]:.2f} s')
    res = [one() for _ in range(runs)]
    print('listening: ' + ', '.join(f'{l:.2f}' for l, _ in res) + ' s')
    print('first answer: ' + ', '.join(f'{a:.2f}' for _, a in res)
          + f' s; median {statistics.median(a for _, a in res):.2f} s')
else:
    sys.exit(f'port {port} is already in use')

#!/usr/bin/env python3
"""A trivial HTTP/1.1 server (Nagle off) answering "ok": the VM's own wake-up cost, for
bench/idle-wake.py. usage: bench/trivial-server.py PORT"""
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    disable_nagle_algorithm = True
    def do_GET(self):
        b = b'ok'; self.send_response(200); self.send_header('Content-Length', '2'); self.end_headers(); self.wfile.write(b)
    def log_message(self, *a): pass
http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()

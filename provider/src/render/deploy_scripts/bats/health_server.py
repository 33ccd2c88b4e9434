"""A local HTTP server for the deploy scripts' bats tests.

Usage: health_server.py PORT_FILE COUNT_FILE MODE

Listens on 127.0.0.1 at a free port, writes the port to PORT_FILE, and counts the
requests in COUNT_FILE. MODE: `ok` (200), `fail:N` (503 for the first N requests,
then 200), `never` (503), `slow:SECONDS` (answers 200 after SECONDS).
"""

import http.server
import os
import sys
import time

PORT_FILE, COUNT_FILE, MODE = sys.argv[1:4]
count = 0


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        global count
        count += 1
        with open(COUNT_FILE, "w", encoding="ascii") as out:
            out.write(str(count))
        kind, _, arg = MODE.partition(":")
        if kind == "slow":
            time.sleep(float(arg))
        healthy = kind in ("ok", "slow") or (kind == "fail" and count > int(arg))
        self.send_response(200 if healthy else 503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(PORT_FILE + ".tmp", "w", encoding="ascii") as out:
    out.write(str(server.server_address[1]))
os.rename(PORT_FILE + ".tmp", PORT_FILE)
server.serve_forever()

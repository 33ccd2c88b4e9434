#!/usr/bin/env python3
"""A tiny Prometheus exporter for the live tests: an HTTP service whose requests mostly fail.

It serves /metrics on 127.0.0.1 at a free port and prints that port, alone on the first line of
stdout, once it is listening. `http_requests_total` grows with time as a service answering
10 requests a second would, 4 of them with code 500 (a 40% error ratio), so `rate()` over any
window sees errors. Every other path is a 404. It runs until it is killed.
"""

import http.server
import sys
import time

STARTED = time.monotonic()

# Requests per second for each status code.
RATES = {"200": 6.0, "500": 4.0}


def metrics_text():
    elapsed = time.monotonic() - STARTED
    lines = [
        "# HELP http_requests_total HTTP requests served, by status code.",
        "# TYPE http_requests_total counter",
    ]
    for code, per_second in sorted(RATES.items()):
        lines.append(f'http_requests_total{{code="{code}"}} {per_second * elapsed:.3f}')
    return "\n".join(lines) + "\n"


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the name http.server calls)
        if self.path.split("?", 1)[0] != "/metrics":
            self.send_error(404)
            return
        body = metrics_text().encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 (the signature http.server calls)
        pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())

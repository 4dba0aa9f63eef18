"""A web server on 127.0.0.1 for the fetch tests: saved pages and every way a fetch can go wrong.

Nothing reaches the network. ``/s/…`` serves the saved WeChat page in tests/data (see SOURCES.tsv
there) under a WeChat-like path; the other routes misbehave on purpose.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WECHAT_PAGE = Path(__file__).parent / "data" / "wechat_suide_veterans.html"
SLOW_SECONDS = 3.0
VERIFY_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body><div class="weui-msg">'
    "<h2>环境异常</h2><p>当前环境异常，完成验证后即可继续访问。</p><a href=\"#\">去验证</a></div></body></html>"
)


class _Pages(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest's output clean
        pass

    def _send(self, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        route = self.path.split("?")[0]
        if route == "/s/verify":  # what WeChat serves a client it distrusts
            self._send(200, VERIFY_PAGE.encode())
        elif route.startswith("/s/"):
            self._send(200, WECHAT_PAGE.read_bytes())
        elif route == "/agent":  # echoes the user agent, so a test can see what was sent
            agent = self.headers.get("User-Agent", "")
            self._send(200, f"<html><body><h1>UA</h1><p>{agent}</p></body></html>".encode())
        elif route == "/moved":
            self._send(302, headers=[("Location", "/s/suide_moved")])
        elif route == "/loop":
            self._send(302, headers=[("Location", "/loop")])
        elif route == "/to-ftp":
            self._send(302, headers=[("Location", "ftp://127.0.0.1/file.html")])
        elif route == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, WECHAT_PAGE.read_bytes())
        elif route == "/huge":  # no Content-Length: the size is found only by reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + "很长的页面".encode() * 10_000 + b"</p>\n"
            try:
                for _ in range(6 * 2**20 // len(chunk) + 2):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif route == "/report.pdf":
            self._send(200, b"%PDF-1.4 not a page", content_type="application/pdf")
        elif route == "/blank":
            self._send(200, b"   \n")
        else:
            self._send(404, b"<html><body>not found</body></html>")


@contextmanager
def serve():
    """Yield the base URL (``http://127.0.0.1:PORT``) of a server running in a thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()

"""A loopback HTTP server that answers each POST with a recorded response file: the stand-in
for Exchange (EWS) in the tests named ``*_recorded_*``. No network beyond 127.0.0.1."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable


class RecordedHttpServer:
    """``answer(request body bytes) -> (status, file name or "")``; the file is read from ``data``."""

    def __init__(self, data: Path, answer: Callable[[bytes], tuple[int, str]],
                 content_type: str = "text/xml; charset=utf-8"):
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status, name = answer(raw)
                body = (data / name).read_bytes() if name else b""
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

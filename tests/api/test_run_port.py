"""``make run`` / ``orderdesk run``: a taken port is said clearly, with how to choose
another, and the address is printed only once the server answers on it."""

from __future__ import annotations

import http.server
import logging
import os
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from api.process import announce_when_ready
from tests.support.procs import ORDERDESK, REPO


def test_a_taken_port_stops_run_before_anything_starts(tmp_path: Path) -> None:
    # a process of its own: `run` sets up logging, which must not outlive it in the tests'
    env = dict(os.environ, ORDERDESK_DATA_DIR=str(tmp_path / "data"), PYTHONUNBUFFERED="1")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*ORDERDESK, "run", "--port", str(port), "--workers", "1"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert done.returncode == 3, done.stderr
    assert f"port {port} on 127.0.0.1 is taken" in done.stderr
    assert f"make run PORT={port + 1}" in done.stderr
    assert "orderdesk is ready" not in done.stderr + done.stdout


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/health" else 404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_the_url_is_printed_once_the_server_answers(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="orderdesk")
    # the port stays bound (refusing, not listening) from the start: a port only said free
    # could be taken by another program's server in the second before ours starts
    server = http.server.HTTPServer(("127.0.0.1", 0), _Health, bind_and_activate=False)
    server.server_bind()
    port = int(server.server_address[1])
    stop = threading.Event()
    thread = announce_when_ready("127.0.0.1", port, stop)
    time.sleep(1.0)  # nothing listens yet
    assert not [r for r in caplog.records if "ready" in r.getMessage()]
    server.server_activate()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        thread.join(10)
        ready = [r.getMessage() for r in caplog.records if "ready" in r.getMessage()]
        assert ready == [f"orderdesk is ready: http://127.0.0.1:{port}  (API docs at /docs)"]
    finally:
        stop.set()
        server.shutdown()

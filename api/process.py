"""Serving the API, and ``orderdesk run``: the API with the worker pool and the inbox
watchers beside it (``flow.processes`` runs those, and ``orderdesk worker`` / ``watch`` run
them alone). Before listening, the port is checked and, beyond loopback, the login wall;
Ctrl-C / SIGTERM stops intake first, lets workers finish the job in flight, then exits.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn

from accounts.users import is_loopback, require_login_wall
from flow.processes import background, prepare, start_process
from models.errors import Unavailable
from models.settings import Settings

log = logging.getLogger("orderdesk")
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class PortTaken(Unavailable):
    """Another program (often another orderdesk) already listens on the chosen port."""

    code = "port_taken"


def check_port_free(host: str, port: int) -> None:
    """Fail before starting anything when the port is taken, saying how to pick another
    (uvicorn's own message comes after workers and watchers started, and is easy to miss)."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as exc:
            raise PortTaken(
                f"port {port} on {host} is taken ({exc.strerror}): another orderdesk or "
                f"another program listens there. Stop it, or choose another port: "
                f"make run PORT={port + 1}  (or: orderdesk run --port {port + 1})"
            ) from exc


def announce_when_ready(host: str, port: int, stop: threading.Event) -> threading.Thread:
    """Print the address once the server answers on it (not before: a URL printed while
    the server is still starting, or failed to, sends people to an error page)."""
    import http.client

    bare = host.strip("[]")
    probe_host = "127.0.0.1" if bare in ("0.0.0.0", "", "::") else bare  # noqa: S104
    shown = f"[{bare}]" if ":" in bare else host

    def answers() -> bool:
        conn = http.client.HTTPConnection(probe_host, port, timeout=1)
        try:
            conn.request("GET", "/health")
            return conn.getresponse().status == 200
        except OSError:
            return False
        finally:
            conn.close()

    def wait() -> None:
        while not stop.is_set():
            if answers():
                log.info("orderdesk is ready: http://%s:%d  (API docs at /docs)", shown, port)
                return
            time.sleep(0.2)

    thread = threading.Thread(target=wait, name="announce", daemon=True)
    thread.start()
    return thread


def check_login_wall(settings: Settings, host: str) -> None:
    """``accounts.users.require_login_wall`` on the installation's database, before listening."""
    from models.db import session_scope

    with session_scope(settings.db_url) as session:
        require_login_wall(session, host)


class _Server(uvicorn.Server):
    """uvicorn re-raises SIGTERM/SIGINT once it has shut down, which would kill ``run``
    before it stops intake and workers; here the signal only ends serving."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in STOP_SIGNALS}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def serve_api(settings: Settings, host: str, port: int) -> None:
    from api.app import create_app

    app = create_app(settings)
    # the open mode (no users yet: everyone is admin) answers on loopback only
    app.state.open_access = is_loopback(host)
    config = uvicorn.Config(app, host=host, port=port, log_level="info", access_log=False)
    _Server(config).run()


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def run_all(settings: Settings, *, host: str, port: int, workers: int, samples: bool) -> None:
    start_process(settings)
    for sig in STOP_SIGNALS:  # a stop before uvicorn listens still goes through `finally`
        signal.signal(sig, _interrupt)
    prepare(settings)
    check_login_wall(settings, host)  # before any worker or watcher starts
    check_port_free(host, port)
    if samples:
        from flow.masterdata import seed_samples

        seed_samples(settings)
    stopping = threading.Event()
    with contextlib.suppress(KeyboardInterrupt), background(settings, workers, stopping):
        announce_when_ready(host, port, stopping)
        serve_api(settings, host, port)

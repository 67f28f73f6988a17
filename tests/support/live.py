"""A live app for browser tests, and Playwright on Debian's Chromium (never a downloaded one)."""

from __future__ import annotations

import contextlib
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from models.settings import Settings
from tests.api.helpers import PASSWORD
from tests.support.settings import data_settings

CHROMIUM = "/usr/bin/chromium"
# keep Chromium off the (closed) network and quiet, as root in a container
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def live_settings(tmp_path: Path, database_url: str) -> Settings:
    """Settings of a server a browser test starts: its own data folder (inbox, quarantine)
    under ``tmp_path`` and the given database; a test changes what it needs on the copy."""
    return data_settings(tmp_path, database_url)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout}s: {last}")


@contextlib.contextmanager
def serve_app(settings: Settings) -> Iterator[str]:
    """The real app on a free loopback port, in a thread; yields its base URL."""
    from api.app import create_app
    from models.migrate import upgrade

    upgrade(settings.db_url)
    port = free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        wait_http(base + "/health")
        yield base
    finally:
        server.should_exit = True
        thread.join(10)


@contextlib.contextmanager
def chromium_page(**context_args: Any) -> Iterator[Any]:
    """A Playwright page in headless Debian Chromium. Fails (never skips) without Chromium."""
    from playwright.sync_api import sync_playwright

    if not shutil.which(CHROMIUM):
        raise RuntimeError(f"{CHROMIUM} not found: install Debian's chromium (make test does)")
    with sync_playwright() as pw:
        # Playwright gives each launch a fresh, empty profile of its own
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(**context_args)
            yield context.new_page()
            context.close()
        finally:
            browser.close()


@contextlib.contextmanager
def signed_in(settings: Settings, name: str, **context_args: Any) -> Iterator[tuple[str, Any]]:
    """The app served, a browser page, and ``name`` logged in on it: what every screen test
    starts from. Yields the base URL and the page (on the queue, where a login lands)."""
    with serve_app(settings) as base, chromium_page(**context_args) as page:
        log_in(page, base, name)
        yield base, page


def log_in(page: Any, base: str, name: str, password: str = PASSWORD) -> None:
    """Log ``name`` in through the login form; the queue is where it lands."""
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/queue")

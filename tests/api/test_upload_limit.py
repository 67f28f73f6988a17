"""An upload over the size limit is refused while it streams in: orderdesk stops reading at
the limit and answers 413, so a huge body never fills the temporary folder (a 1.5 GB upload
once did, before its 413)."""

from __future__ import annotations

import asyncio
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.app import create_app
from models.settings import Settings

MB = 1024 * 1024
BOUNDARY = "----orderdesk-test-boundary"


def _disk_use(*folders: Path) -> int:
    return sum(p.stat().st_size for f in folders for p in f.rglob("*") if p.is_file())


def _multipart(total_mb: int) -> Iterator[bytes]:
    yield (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n'
        "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n"
    ).encode()
    chunk = b"0" * MB
    for _ in range(total_mb):
        yield chunk
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


def _post(
    settings: Settings, body: Iterator[bytes], headers: list[tuple[bytes, bytes]]
) -> tuple[int, int, bytes]:
    """POST /api/documents straight into the ASGI app; returns (status, bytes the app read,
    response body)."""
    app = create_app(settings)
    pulled = 0
    sent: list[dict[str, Any]] = []
    chunks = iter(body)

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        try:
            data = next(chunks)
        except StopIteration:
            return {"type": "http.request", "body": b"", "more_body": False}
        pulled += len(data)
        return {"type": "http.request", "body": data, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/documents",
        "raw_path": b"/api/documents",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"testserver"),
            (b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode()),
            *headers,
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "app": app,
    }
    asyncio.run(app(scope, receive, send))  # type: ignore[arg-type]
    start = next(m for m in sent if m["type"] == "http.response.start")
    body_out = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return int(start["status"]), pulled, body_out


def test_a_streamed_upload_over_the_limit_stops_at_the_limit(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.ingest.max_file_mb = 1
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))  # where uploads are spooled
    peak = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _disk_use(spool, settings.data_dir))
            done.wait(0.005)

    sampler = threading.Thread(target=watch)
    sampler.start()
    try:  # 40 MB sent in chunks, no Content-Length (chunked transfer)
        status, pulled, body = _post(settings, _multipart(40), [])
    finally:
        done.set()
        sampler.join()
    assert status == 413, body
    assert b"1 MB limit" in body
    assert pulled < 4 * MB  # it stopped reading near the limit
    assert peak < 4 * MB  # and the disk never held the rest


def test_a_declared_length_over_the_limit_is_refused_before_reading(settings: Settings) -> None:
    settings.ingest.max_file_mb = 1
    status, pulled, body = _post(
        settings, _multipart(40), [(b"content-length", str(1536 * MB).encode())]
    )
    assert status == 413 and b"1 MB limit" in body
    assert pulled == 0

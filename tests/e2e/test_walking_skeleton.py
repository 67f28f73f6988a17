"""Issue 2 end to end: a PDF dropped in the inbox of a real ``orderdesk run`` becomes a
reviewed, approved, archived order, and ``archive verify`` proves the archive intact."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.settings import Settings
from tests.support.live import free_port
from tests.support.procs import cli, orderdesk, wait_for
from tests.support.samples import sample_of, truth_value

pytestmark = pytest.mark.slow


def _in_review(base: str, number: str) -> dict[str, Any] | None:
    try:
        items = httpx.get(f"{base}/api/documents", params={"status": "in_review"}, timeout=5).json()
    except httpx.HTTPError:
        return None
    return next((d for d in items["items"] if d["document_number"] == number), None)


def test_pdf_in_inbox_becomes_an_archived_order(settings: Settings, tmp_path: Path) -> None:
    pdf, truth = sample_of("purchase_order", "fr")
    number = truth_value(truth, "document_number")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "run.log"
    with orderdesk(settings, "run", "--port", str(port), "--workers", "1", log=log) as proc:
        wait_for(lambda: _health(base), timeout=180, what=f"orderdesk run to answer ({log})")
        dropped = time.monotonic()
        shutil.copyfile(pdf, settings.inbox_dir / ".incoming.pdf")  # hidden while copied
        os.rename(settings.inbox_dir / ".incoming.pdf", settings.inbox_dir / pdf.name)
        doc = wait_for(lambda: _in_review(base, number), timeout=120, what="document in review")
        print(f"\ndrop -> review queue: {time.monotonic() - dropped:.2f} s")
        assert doc["doc_type"] == "purchase_order"
        assert doc["queue"]  # in some review queue (which one is the rules' call)
        assert not (settings.inbox_dir / pdf.name).exists()  # removed only once stored

        approved = httpx.post(
            f"{base}/api/documents/{doc['id']}/approve",
            json={"reason": "customer not in master data yet; checked by hand"},
            timeout=120,
        )
        assert approved.status_code == 200, approved.text
        assert approved.json()["status"] == "approved"
        detail = wait_for(
            lambda: (
                (d := httpx.get(f"{base}/api/documents/{doc['id']}", timeout=5).json())["archived"]
                and d
            ),
            timeout=180,
            what="archived",
        )
        orders = httpx.get(f"{base}/api/orders", params={"q": number}, timeout=5).json()
        assert orders["total"] == 1 and orders["items"][0]["status"] == "approved"
        actions = [e["action"] for e in detail["history"]]
        assert actions[:4] == ["ingested", "extracted", "routed", "approved"]
        assert "archived" in actions
        assert proc.poll() is None

    # the original is in the archive, byte for byte
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert detail["sha256"] == sha
    original = next(o for o in detail["archive"] if o["kind"] == "original")
    stored = settings.data_dir / "archive" / original["key"]
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha
    assert not os.access(stored, os.W_OK) or os.geteuid() == 0  # read-only (root ignores it)
    assert stat.S_IMODE(stored.stat().st_mode) & 0o222 == 0

    ok = cli(settings, "archive", "verify")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "all intact" in ok.stdout

    # one altered byte is found and named
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x01
    stored.chmod(0o644)
    stored.write_bytes(bytes(data))
    bad = cli(settings, "archive", "verify")
    assert bad.returncode == 1
    assert original["key"] in bad.stdout + bad.stderr


def test_run_stops_cleanly_on_sigterm(settings: Settings, tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "run.log"
    with orderdesk(settings, "run", "--port", str(port), "--workers", "1", log=log) as proc:
        wait_for(lambda: _health(f"http://127.0.0.1:{port}"), timeout=180, what="orderdesk run")
        import signal

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(90) == 0
    assert "stopped" in log.read_text()


def _health(base: str) -> bool:
    try:
        return httpx.get(base + "/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def test_serve_alone_seals_the_audit_head_on_stop(settings: Settings, tmp_path: Path) -> None:
    """Where only `serve` and `worker` run, the API process still seals the chain head."""
    import signal

    from archive.seal import read_seals
    from archive.store import open_store

    assert cli(settings, "db", "upgrade").returncode == 0
    added = cli(settings, "users", "add", "erp", "--role", "clerk", "--token")  # an audit event
    assert added.returncode == 0, added.stderr
    port = free_port()
    with orderdesk(settings, "serve", "--port", str(port), log=tmp_path / "serve.log") as proc:
        wait_for(lambda: _health(f"http://127.0.0.1:{port}"), timeout=180, what="orderdesk serve")
        assert read_seals(open_store(settings)) == []
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(90) == 0
    assert len(read_seals(open_store(settings))) == 1

"""Helpers of the outbound tests: documents through the real intake and extract job, jobs
run by a real worker, and a local webhook receiver."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from sqlalchemy import select

from archive.store import open_store
from ingest.intake import EXTRACT_JOB, Intake
from models.db import session_scope
from models.documents import Document
from models.enums import Role
from models.lifecycle import LifecycleStatus
from models.settings import Settings
from tests.api.helpers import add_user, bearer
from tests.linking.story import run_jobs


def receive(
    settings: Settings, data: bytes, name: str = "facture.xml", channel: str = "upload"
) -> int:
    """A file taken in as a user would send it, then read by the real extract job."""
    taken = Intake(settings, open_store(settings)).take_bytes(
        data, original_name=name, channel=channel
    )
    assert taken.outcome == "ingested", taken.reason
    run_jobs(settings, EXTRACT_JOB)
    return taken.document_id


def clerk_and_approver(settings: Settings) -> tuple[str, str]:
    """Two people's API tokens: clara, a clerk, and anna, an approver."""
    with session_scope(settings.db_url) as session:
        clara = add_user(session, "clara", Role.CLERK, token=True)
        anna = add_user(session, "anna", Role.APPROVER, token=True)
    assert clara is not None and anna is not None
    return clara, anna


def approve_changed_lines(
    api: Any, document_id: int, lines: list[dict[str, Any]], people: tuple[str, str], reason: str
) -> None:
    """The clerk sets the lines and releases the document; the changed amount is signed off
    by the approver (another person: 4-eyes), who overrides the printed totals the lines no
    longer make."""
    clerk, approver = people
    path = f"/api/documents/{document_id}"
    r = api.patch(path, json={"lines": lines}, headers=bearer(clerk))
    assert r.status_code == 200, r.text
    api.post(f"{path}/release", headers=bearer(clerk))
    r = api.post(
        f"{path}/approve", json={"override": True, "reason": reason}, headers=bearer(approver)
    )
    assert r.status_code == 200, r.text


def document(settings: Settings, document_id: int) -> Document:
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        session.expunge(doc)
        return doc


def statuses(settings: Settings, **where: Any) -> list[LifecycleStatus]:
    with session_scope(settings.db_url) as session:
        query = select(LifecycleStatus).order_by(LifecycleStatus.id)
        for name, value in where.items():
            query = query.where(getattr(LifecycleStatus, name) == value)
        rows = list(session.execute(query).scalars())
        session.expunge_all()
        return rows


@contextmanager
def webhook_receiver(
    fail_first: int = 0, path: str = "/events"
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A local HTTP endpoint at ``path`` that records each POST (answering 503 to the first
    ``fail_first`` ones, 200 afterwards)."""
    calls: list[dict[str, Any]] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            calls.append({"headers": dict(self.headers), "body": body})
            self.send_response(503 if len(calls) <= fail_first else 200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{path}", calls
    finally:
        server.shutdown()

"""Workers run side by side until the queue is empty, and a document's manifests as archived:
for the tests of the flow's order."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

from sqlalchemy import select

from archive.manifest import manifests_of
from archive.store import open_store
from flow.table import handler_set
from jobs.worker import Worker
from models.db import session_scope
from models.enums import JobStatus
from models.jobs import Job
from models.settings import Settings


def run_workers(settings: Settings, count: int) -> None:
    """``count`` workers side by side until no job is left queued or running."""
    workers = [Worker(settings, handler_set(), worker_id=f"w{i}") for i in range(count)]
    errors: list[BaseException] = []

    def busy() -> bool:
        with session_scope(settings.db_url) as session:
            return (
                session.execute(
                    select(Job.id).where(Job.status.in_([JobStatus.QUEUED, JobStatus.RUNNING]))
                ).first()
                is not None
            )

    def loop(worker: Worker) -> None:
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                if not worker.run_once():
                    if not busy():
                        return
                    time.sleep(0.02)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=loop, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with session_scope(settings.db_url) as session:
        left = session.execute(select(Job.kind, Job.status, Job.last_error)).all()
    assert {status for _k, status, _e in left} == {JobStatus.DONE}, left


def manifests(settings: Settings, document_id: int) -> list[dict[str, Any]]:
    objects = open_store(settings)
    with session_scope(settings.db_url) as session:
        rows = [(m.key, m.version_id) for m in manifests_of(session, document_id)]
    return [json.loads(objects.get(key, version))["content"] for key, version in rows]

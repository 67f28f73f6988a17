"""A worker killed with SIGKILL in the middle of a job: after restart the job completes
exactly once (one extraction stored, one audit event, the job done on its second attempt)."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from archive.store import open_store
from ingest.intake import Intake
from models.audit import AuditEvent
from models.db import session_scope
from models.documents import Document, Page
from models.enums import DocStatus, JobStatus
from models.jobs import Job
from models.settings import Settings
from tests.support.procs import orderdesk, wait_for
from tests.support.samples import sample_of

pytestmark = pytest.mark.slow


def _scan_of(pdf: Path, out: Path) -> Path:
    """A page image of a sample, so extraction must OCR it (seconds: long enough to kill)."""
    subprocess.run(
        ["pdftoppm", "-r", "300", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf), str(out)],
        check=True,
    )
    return out.with_suffix(".png")


def _running_job(settings: Settings) -> Job | None:
    with session_scope(settings.db_url) as s:
        return s.execute(
            select(Job).where(Job.kind == "extract", Job.status == JobStatus.RUNNING)
        ).scalar_one_or_none()


def _job(settings: Settings) -> Job:
    with session_scope(settings.db_url) as s:
        return s.execute(select(Job).where(Job.kind == "extract")).scalar_one()


def test_sigkilled_worker_job_completes_exactly_once(settings: Settings, tmp_path: Path) -> None:
    pdf, _truth = sample_of("purchase_order", "en")
    image = _scan_of(pdf, tmp_path / "scan")
    result = Intake(settings, open_store(settings)).take_file(image, channel="scan")
    assert result.outcome == "ingested"

    lease = {"ORDERDESK_INGEST__JOB_LEASE_SECONDS": "2"}
    with orderdesk(settings, "worker", "-c", "1", log=tmp_path / "w1.log", **lease) as pool:
        job = wait_for(lambda: _running_job(settings), timeout=180, what="job running")
        assert job.locked_by is not None
        worker_pid = int(job.locked_by.split(":")[1])
        assert worker_pid != pool.pid  # the pool's child runs the job
        os.kill(worker_pid, signal.SIGKILL)
        os.killpg(pool.pid, signal.SIGKILL)  # the whole pool dies, nothing finishes the job
        pool.wait(10)
    assert _job(settings).status == JobStatus.RUNNING  # left behind, lease running out

    with orderdesk(settings, "worker", "-c", "1", log=tmp_path / "w2.log", **lease):
        done = wait_for(
            lambda: (j := _job(settings)).status == JobStatus.DONE and j,
            timeout=120,
            what="job done after restart",
        )
    assert done.attempts == 2
    with session_scope(settings.db_url) as s:
        doc = s.get(Document, result.document_id)
        assert doc is not None and doc.status == DocStatus.IN_REVIEW
        pages = s.execute(select(func.count()).where(Page.document_id == doc.id)).scalar_one()
        assert pages == 1
        extracted = s.execute(
            select(func.count()).where(
                AuditEvent.entity_id == str(doc.id), AuditEvent.action == "extracted"
            )
        ).scalar_one()
        assert extracted == 1


def test_workers_stop_when_their_pool_is_killed(settings: Settings, tmp_path: Path) -> None:
    """No orphans: a worker whose parent died with SIGKILL stops by itself."""
    from models.workers import WorkerBeat

    def child_pid() -> int | None:
        with session_scope(settings.db_url) as s:
            beat = s.execute(select(WorkerBeat)).scalars().first()
            return int(beat.id.split(":")[1]) if beat else None

    with orderdesk(settings, "worker", "-c", "1", log=tmp_path / "w.log") as pool:
        pid = wait_for(child_pid, timeout=180, what="worker heartbeat")
        os.kill(pool.pid, signal.SIGKILL)
        pool.wait(10)

        def gone() -> bool:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return True
            return False

        wait_for(gone, timeout=120, what="orphaned worker to stop")


def test_run_replaces_a_worker_that_died(settings: Settings, tmp_path: Path) -> None:
    from models.workers import WorkerBeat
    from tests.support.live import free_port

    def live_pids() -> set[int]:
        with session_scope(settings.db_url) as s:
            beats = s.execute(select(WorkerBeat).where(WorkerBeat.stopped_at.is_(None))).scalars()
            return {int(b.id.split(":")[1]) for b in beats}

    args = ("run", "--port", str(free_port()), "--workers", "1")
    with orderdesk(settings, *args, log=tmp_path / "run.log"):
        (first,) = wait_for(live_pids, timeout=180, what="first worker heartbeat")
        os.kill(first, signal.SIGKILL)
        wait_for(lambda: live_pids() - {first}, timeout=180, what="a replacement worker")

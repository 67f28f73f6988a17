"""Three ``orderdesk worker`` machines sharing only PostgreSQL and an S3 archive (moto's
server); one dies by SIGKILL in the middle of reading a scan. Nothing is lost and nothing is
done twice: every document reaches its final state once, each original is archived once,
each decided document has one manifest (in the database and in the bucket) that already
covers what its links and outbound jobs recorded (no timer runs here), no stage's audit
event is recorded twice, and the dead machine's job is finished by another.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.scaleout import (
    Site,
    WorkerMachine,
    audit,
    load_masterdata,
    make_batch,
    moto_server,
    release,
    sample_files,
    start_worker,
    take_in,
    wait_done,
    wait_registered,
)
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus, JobStatus
from models.jobs import Job
from tests.support.procs import wait_for

pytestmark = pytest.mark.slow


def _scan_in_flight(db_url: str, machines: list[WorkerMachine]) -> tuple[WorkerMachine, int] | None:
    """A machine reading a scan, once the batch is well under way."""
    with session_scope(db_url) as session:
        done = session.execute(
            select(func.count(Job.id)).where(Job.kind == "extract", Job.status == JobStatus.DONE)
        ).scalar_one()
        rows = session.execute(
            select(Job.id, Job.locked_by)
            .join(Document, Document.id == Job.document_id)
            .where(
                Job.kind == "extract",
                Job.status == JobStatus.RUNNING,
                Document.original_name.contains("_scan"),
            )
        ).all()
    if done < 3:
        return None
    for job_id, locked_by in rows:
        pid = int((locked_by or "::").split(":")[1] or 0)
        for machine in machines:
            if pid in machine.pids():
                return machine, job_id
    return None


@pytest.mark.timeout(900)
def test_a_worker_machine_killed_mid_batch_loses_nothing_and_repeats_nothing(
    tmp_path: Path, pg_url: str
) -> None:
    files = [p for p in sample_files() if "_scan" not in p.name][:18]
    files += [p for p in sample_files() if "_scan" in p.name][:8]
    with moto_server(tmp_path / "moto.log") as endpoint:
        site = Site(pg_url, endpoint, f"orderdesk-kill-{uuid.uuid4().hex[:8]}", lease_seconds=4)
        settings = site.settings(tmp_path / "intake-host")
        load_masterdata(settings)  # so decided documents go on to the archive meanwhile
        taken = take_in(settings, make_batch(tmp_path / "batch", 1, files), tmp_path / "in")
        assert taken == len(files)
        machines = [start_worker(site, tmp_path, f"worker-{i}") for i in (1, 2, 3)]
        try:
            wait_registered(pg_url, 3)
            release(pg_url)
            victim, job_id = wait_for(
                lambda: _scan_in_flight(pg_url, machines), timeout=300, what="a scan in flight"
            )
            victim_pids = victim.pids()
            victim.kill()
            wait_done(pg_url, timeout=600)
        finally:
            for machine in machines:
                machine.stop()
        result = audit(settings, taken)

    assert result.problems == []
    assert result.documents == taken
    assert result.archived > 0  # archived once each, checked by ``audit``
    assert not {DocStatus.RECEIVED, DocStatus.PROCESSING} & set(result.statuses)
    with session_scope(pg_url) as session:
        job = session.get(Job, job_id)
        assert job is not None and job.status == JobStatus.DONE
        assert job.attempts == 2  # taken over once its lease ran out
        assert job.locked_by is not None
        assert int(job.locked_by.split(":")[1]) not in victim_pids  # finished by a survivor

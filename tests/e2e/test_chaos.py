"""Nothing is lost, nothing is done twice: 300 files dropped into two inboxes while the
watcher and two workers are SIGKILLed at random moments and restarted, on PostgreSQL.

The workers run a trivial ``extract`` handler (marks the document extracted and records an
audit event in the job's completing transaction): the point is intake and the queue, not
OCR speed. The event is recorded unconditionally, so a job applied twice would show.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.audit import AuditEvent
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus, JobStatus
from models.jobs import Job
from tests.ingest import corpus

REPO = Path(__file__).resolve().parents[2]
FILES = 300
WATCHER = (
    "from flow.processes import run_watcher\n"
    "from models.settings import Settings\n"
    "run_watcher(Settings())\n"
)
WORKER = """
import random, time
from jobs.worker import HandlerSet, serve_worker
from models.audit import record_event
from models.documents import Document
from models.enums import DocStatus
from models.settings import Settings

def extract(job, settings):
    time.sleep(random.uniform(0, 0.03))
    def apply(session):
        doc = session.get(Document, job.document_id)
        doc.status = DocStatus.EXTRACTED
        record_event(session, actor="system:chaos", action="extracted",
                     entity_type="document", entity_id=doc.id)
    return apply

serve_worker(Settings(), HandlerSet(handlers={"extract": extract}))
"""


def _start(code: str, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with open(log, "ab") as fh:
        return subprocess.Popen(
            [sys.executable, "-c", code], cwd=REPO, env=env, stdout=fh, stderr=subprocess.STDOUT
        )


def _kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_chaos_nothing_lost_nothing_twice(tmp_path: Path, pg_url: str) -> None:
    rng = random.Random(4)
    data = tmp_path / "data"
    inboxes = [data / "inbox", tmp_path / "scans"]
    for d in [*inboxes, data / "quarantine"]:
        d.mkdir(parents=True)
    env = dict(os.environ)
    env.update(
        ORDERDESK_DATA_DIR=str(data),
        ORDERDESK_DATABASE_URL=pg_url,
        ORDERDESK_INGEST__INBOXES=(
            f'[{{"path": "{inboxes[0]}", "channel": "folder"}},'
            f' {{"path": "{inboxes[1]}", "channel": "scan"}}]'
        ),
        ORDERDESK_INGEST__STABLE_SECONDS="0.3",
        ORDERDESK_INGEST__RESCAN_SECONDS="1",
        ORDERDESK_INGEST__POLL_SECONDS="0.1",
        ORDERDESK_INGEST__JOB_LEASE_SECONDS="2",
        ORDERDESK_INGEST__JOB_RETRY_BASE_SECONDS="0",
        ORDERDESK_INGEST__JOB_MAX_ATTEMPTS="50",
        PYTHONUNBUFFERED="1",
    )
    # 300 files: unique small PDFs, exact copies of some of them, and unreadable ones
    expected: dict[str, str] = {}
    payloads: list[tuple[str, bytes]] = []
    for i in range(FILES):
        name = f"f{i:03d}.pdf"
        if i % 20 == 7:
            payloads.append((name, b"not a pdf %d\n" % i))
            expected[name] = DocStatus.QUARANTINED
        elif i % 20 == 13:
            payloads.append((name, payloads[i - 10][1]))  # same bytes as an earlier file
            expected[name] = DocStatus.DUPLICATE
        else:
            payloads.append((name, corpus.tiny_pdf(f"ORDER {i} " + "x" * rng.randint(0, 50))))
            expected[name] = DocStatus.EXTRACTED
    logs = tmp_path / "logs"
    logs.mkdir()
    procs = {
        "watcher": _start(WATCHER, env, logs / "watcher.log"),
        "worker-1": _start(WORKER, env, logs / "worker-1.log"),
        "worker-2": _start(WORKER, env, logs / "worker-2.log"),
    }
    kills: Counter[str] = Counter()
    try:
        pending = list(payloads)
        next_kill = time.monotonic() + rng.uniform(0.3, 1.5)
        chaos_until = time.monotonic() + 45
        while pending or time.monotonic() < chaos_until:
            batch = pending[: rng.randint(3, 12)]
            pending = pending[len(batch) :]
            for name, payload in batch:
                target = inboxes[int(name[1:4]) % 2] / name
                if rng.random() < 0.5:  # scanner style: write under a temporary name, rename
                    tmp = target.with_name(target.name + ".part")
                    tmp.write_bytes(payload)
                    os.replace(tmp, target)
                else:
                    target.write_bytes(payload)
            time.sleep(rng.uniform(0.05, 0.25))
            if time.monotonic() >= next_kill:
                victim = rng.choice(list(procs))
                _kill(procs[victim])
                kills[victim] += 1
                code = WATCHER if victim == "watcher" else WORKER
                procs[victim] = _start(code, env, logs / f"{victim}.log")
                next_kill = time.monotonic() + rng.uniform(0.3, 1.5)
        # calm: let everything settle (bounded)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            left = [p for d in inboxes for p in d.rglob("*") if p.is_file()]
            with session_scope(pg_url) as session:
                open_jobs = session.execute(
                    select(func.count(Job.id)).where(Job.status != JobStatus.DONE)
                ).scalar_one()
                count = session.execute(select(func.count(Document.id))).scalar_one()
            if not left and not open_jobs and count >= FILES:
                break
            time.sleep(0.5)
    finally:
        for proc in procs.values():
            _kill(proc)
    assert sum(kills.values()) >= 20, kills
    assert kills["watcher"] >= 3 and kills["worker-1"] + kills["worker-2"] >= 6, kills

    left = [p for d in inboxes for p in d.rglob("*") if p.is_file()]
    assert left == [], f"{len(left)} files left in the inboxes"
    staged = [p.name for p in (data / "intake").iterdir()]
    assert staged == [], f"left staged: {staged}"
    with session_scope(pg_url) as session:
        docs = session.execute(select(Document)).scalars().all()
        per_name = Counter(d.original_name for d in docs)
        status = {d.original_name: d.status for d in docs}
        events = Counter(
            session.execute(
                select(AuditEvent.entity_id).where(AuditEvent.action == "extracted")
            ).scalars()
        )
        jobs = session.execute(select(Job)).scalars().all()
    lost = set(expected) - set(per_name)
    twice = {n: c for n, c in per_name.items() if c > 1}
    assert not lost, f"lost: {sorted(lost)}"
    assert not twice, f"taken twice: {twice}"
    # of each set of identical files exactly one is the original (whichever came first)
    groups: dict[bytes, list[str]] = {}
    for name, payload in payloads:
        groups.setdefault(payload, []).append(name)
    for names in groups.values():
        got = Counter(status[n] for n in names)
        if expected[names[0]] == DocStatus.QUARANTINED:
            assert got == {DocStatus.QUARANTINED: len(names)}, names
        else:
            want = {DocStatus.EXTRACTED: 1, DocStatus.DUPLICATE: len(names) - 1}
            assert got == {k: v for k, v in want.items() if v}, names
    assert Counter(status.values()) == Counter(expected.values())
    extracted_ids = {str(d.id) for d in docs if d.status == DocStatus.EXTRACTED}
    assert set(events) == extracted_ids and set(events.values()) == {1}, "processed twice"
    assert all(j.status == JobStatus.DONE for j in jobs)
    assert Counter(j.document_id for j in jobs).most_common(1)[0][1] == 1

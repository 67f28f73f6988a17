"""Scale-out figures (not a test): documents per minute with 1, 2 and 4 workers that share
only PostgreSQL and an S3 archive (moto's standalone server), each an ``orderdesk worker``
process with a data folder of its own, as if on its own machine; and the proof that every
document was processed exactly once and archived once.

    .venv/bin/python -m bench.scaleout [--copies 3] [--workers 1,2,4] [--pg URL]

For each worker count: a fresh database with the bundled master data (samples/masterdata)
and a fresh Object Lock bucket; the batch (samples/born_digital + samples/scans, repeated
--copies times, each copy a distinct file) is taken in first and held; the workers start
and report in; then the batch is released in one transaction (its NOTIFY wakes them) and
timed until the last job is done, on the database's clock. The documents with known
customers and products are approved touchless and go on through linking, outbound and
the archive, as in a real batch (the rest wait for a clerk). Besides documents per minute
it prints CPU seconds per document of the workers, of PostgreSQL's backends for this
database and of moto's server (robust where wall-clock is not: on a shared machine the
workers get a share of the cores, see "cores used"), and how often a worker waited on a
row lock another held (a serial section). The raw figure is extraction alone in this
process, one copy of the batch, no queue, database or archive: what one worker could do
with nothing around it.

Run it when ``uptime`` shows the machine otherwise idle: other processes take cores away.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from sqlalchemy import func, select, text

from archive.refresh import stale_documents
from archive.store import open_store
from ingest.intake import Intake
from models.archive import ArchiveObject
from models.audit import AuditEvent
from models.db import engine_for, session_scope
from models.documents import Document
from models.enums import DocStatus, JobStatus
from models.jobs import Job
from models.migrate import upgrade
from models.settings import Settings
from models.settings.archive import ArchiveSettings
from models.workers import WorkerBeat

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
MASTERDATA = SAMPLES / "masterdata" / "masterdata.json"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
ORDERDESK = [sys.executable, "-m", "api.cli.main"]
# a document is in no state twice: these happen to it once, or never
ONCE_PER_DOCUMENT = ("ingested", "extracted", "quarantined", "routed", "touchless", "archived")
UNFINISHED = (DocStatus.RECEIVED, DocStatus.PROCESSING)


# -- the shared parts: PostgreSQL, S3 -------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def moto_server(log: Path) -> Iterator[str]:
    """moto's standalone S3 server on loopback, in a process of its own; yields host:port."""
    port = free_port()
    moto = shutil.which("moto_server", path=str(Path(sys.executable).parent)) or "moto_server"
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [moto, "-H", "127.0.0.1", "-p", str(port)], stdout=out, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"moto_server did not start (see {log})")
            time.sleep(0.1)
        yield f"127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


@contextlib.contextmanager
def fresh_database(admin_url: str = PG_ADMIN) -> Iterator[str]:
    """A new, migrated database on the server; dropped afterwards. Yields a SQLAlchemy URL."""
    name = f"orderdesk_scaleout_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"
    try:
        upgrade(url)
        yield url
    finally:
        engine_for(url).dispose()
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass(frozen=True)
class Site:
    """What every worker machine shares: the database and the archive bucket."""

    db_url: str
    s3_endpoint: str
    bucket: str
    lease_seconds: float = 60.0

    def env(self, data_dir: Path) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            ORDERDESK_DATA_DIR=str(data_dir),
            ORDERDESK_DATABASE_URL=self.db_url,
            ORDERDESK_ARCHIVE_URL=f"s3://{self.bucket}",
            ORDERDESK_ARCHIVE__S3_ENDPOINT=self.s3_endpoint,
            ORDERDESK_ARCHIVE__S3_ACCESS_KEY="testing",
            ORDERDESK_ARCHIVE__S3_SECRET_KEY="testing",
            ORDERDESK_ARCHIVE__S3_SECURE="false",
            ORDERDESK_ARCHIVE__S3_REGION="us-east-1",
            ORDERDESK_INGEST__JOB_LEASE_SECONDS=str(self.lease_seconds),
            # the samples' fitted confidences hold every one of them for a clerk (a warning
            # on a sure value is a person's look, not the workers'); without this rule the
            # documents with known customers and products are approved touchless and go on
            # through linking, confirmation, export and the archive like a real batch
            ORDERDESK_APPROVALS__RULES__CONFIDENCE__ENABLED="false",
            OMP_THREAD_LIMIT="1",
            PYTHONUNBUFFERED="1",
        )
        return env

    def settings(self, data_dir: Path) -> Settings:
        data_dir.mkdir(parents=True, exist_ok=True)
        return Settings(
            data_dir=data_dir,
            database_url=self.db_url,
            archive_url=f"s3://{self.bucket}",
            archive=ArchiveSettings(
                s3_endpoint=self.s3_endpoint,
                s3_access_key="testing",
                s3_secret_key="testing",
                s3_secure=False,
                s3_region="us-east-1",
            ),
            _env_file=None,
        )


# -- the batch ------------------------------------------------------------------------------
def sample_files(scans: bool = True) -> list[Path]:
    files = sorted((SAMPLES / "born_digital").glob("*.pdf"))
    if scans:
        files += sorted(p for p in (SAMPLES / "scans").iterdir() if p.suffix in (".pdf", ".tif"))
    return files


def make_batch(dest: Path, copies: int, files: list[Path] | None = None) -> list[Path]:
    """The samples ``copies`` times, each copy a distinct file (a trailing comment: readers
    ignore bytes after a PDF's end or a TIFF's last offset), so none is an exact duplicate."""
    dest.mkdir(parents=True, exist_ok=True)
    batch = []
    for n in range(copies):
        for src in files or sample_files():
            out = dest / f"c{n:02d}-{src.name}"
            out.write_bytes(src.read_bytes() + f"\n%orderdesk scale-out copy {n}\n".encode())
            batch.append(out)
    return batch


def load_masterdata(settings: Settings) -> int:
    """The bundled customers and products, as a real desk has them: without them the
    approval rules stop every order for review and nothing reaches the archive. Returns how
    many were added."""
    from approvals.masterdata import parse_file
    from flow.masterdata import import_and_recheck

    with session_scope(settings.db_url) as session:
        done = import_and_recheck(session, parse_file(MASTERDATA), actor="bench", settings=settings)
    return done.report.customers_added + done.report.products_added


def take_in(settings: Settings, batch: list[Path], work: Path) -> int:
    """Take the batch in (originals to S3, documents and jobs to PostgreSQL), with every job
    held back until ``release``; intake consumes files, so it takes copies."""
    work.mkdir(parents=True, exist_ok=True)
    intake = Intake(settings, open_store(settings))
    for path in batch:
        copy = work / path.name
        shutil.copyfile(path, copy)
        channel = "scan" if "_scan" in path.name else "folder"
        intake.take_file(copy, channel=channel)
    with session_scope(settings.db_url) as session:
        session.execute(text("UPDATE jobs SET run_after = now() + interval '1 day'"))
        return int(session.execute(select(func.count(Document.id))).scalar_one())


def release(db_url: str) -> dt.datetime:
    """Make every held job due now; the UPDATE's NOTIFY wakes the idle workers on commit."""
    with session_scope(db_url) as session:
        now: dt.datetime = session.execute(text("SELECT clock_timestamp()")).scalar_one()
        session.execute(text("UPDATE jobs SET run_after = :now"), {"now": now})
        session.execute(text("SELECT pg_notify('orderdesk_jobs', 'release')"))
    return now


# -- the workers ----------------------------------------------------------------------------
@dataclass
class WorkerMachine:
    """One ``orderdesk worker -c 1`` in its own process group and data folder."""

    name: str
    proc: subprocess.Popen[bytes]
    data_dir: Path

    def _stats(self) -> dict[int, list[str]]:
        """/proc/PID/stat of every process of this machine (its process group)."""
        found = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[2]) == self.proc.pid:  # pgrp, after state and ppid
                    found[int(stat.parent.name)] = fields
        return found

    def pids(self) -> set[int]:
        return set(self._stats())

    def cpu_seconds(self) -> float:
        """CPU time used so far by the machine's processes and the children they reaped
        (tesseract runs): utime, stime, cutime, cstime."""
        ticks = sum(sum(int(f) for f in fields[11:15]) for fields in self._stats().values())
        return ticks / os.sysconf("SC_CLK_TCK")

    def kill(self) -> None:
        """The machine dies: pool and worker, SIGKILL, nothing finishes."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.kill()


def start_worker(site: Site, root: Path, name: str) -> WorkerMachine:
    data_dir = root / name
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(root / f"{name}.log", "ab") as log:
        proc = subprocess.Popen(
            [*ORDERDESK, "worker", "-c", "1"],
            cwd=REPO,
            env=site.env(data_dir),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return WorkerMachine(name, proc, data_dir)


def wait_registered(db_url: str, count: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with session_scope(db_url) as session:
            alive = session.execute(
                select(func.count(WorkerBeat.id)).where(WorkerBeat.stopped_at.is_(None))
            ).scalar_one()
        if alive >= count:
            return
        time.sleep(0.2)
    raise RuntimeError(f"{count} workers did not report in within {timeout:.0f} s")


def open_jobs(db_url: str) -> int:
    with session_scope(db_url) as session:
        return int(
            session.execute(
                select(func.count(Job.id)).where(
                    Job.status.in_([JobStatus.QUEUED, JobStatus.RUNNING])
                )
            ).scalar_one()
        )


def wait_done(db_url: str, timeout: float, every: Iterable[Callable[[], None]] = ()) -> dt.datetime:
    """Until no job is queued or running; returns when the last one finished. ``every`` is
    called at each look (CPU meters)."""
    deadline = time.monotonic() + timeout
    while open_jobs(db_url):
        for call in every:
            call()
        if time.monotonic() > deadline:
            raise RuntimeError(f"{open_jobs(db_url)} jobs still open after {timeout:.0f} s")
        time.sleep(0.5)
    with session_scope(db_url) as session:
        last = session.execute(select(func.max(Job.finished_at))).scalar_one()
    assert last is not None
    return last


# -- exactly once ---------------------------------------------------------------------------
@dataclass
class Audit:
    documents: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    archived: int = 0  # decided documents with their manifest
    problems: list[str] = field(default_factory=list)


def audit(settings: Settings, expected: int) -> Audit:
    """Every document processed exactly once and archived once, its manifest covering what
    its other jobs recorded, from the database and from the bucket's own listing of versions."""
    out = Audit()
    store = open_store(settings)
    with session_scope(settings.db_url) as session:
        docs = session.execute(select(Document.id, Document.status, Document.sha256)).all()
        out.documents = len(docs)
        out.statuses = Counter(status for _id, status, _sha in docs)
        if len(docs) != expected:
            out.problems.append(f"{len(docs)} documents for {expected} files taken in")
        if len({sha for _id, _s, sha in docs}) != len(docs):
            out.problems.append("two documents share one original")
        unfinished = [i for i, status, _sha in docs if status in UNFINISHED]
        if unfinished:
            out.problems.append(f"{len(unfinished)} documents never processed: {unfinished[:10]}")
        stuck = session.execute(
            select(Job.kind, Job.status, func.count())
            .where(Job.status != JobStatus.DONE)
            .group_by(Job.kind, Job.status)
        ).all()
        if stuck:
            out.problems.append(f"jobs not done: {stuck}")
        events: Counter[tuple[str, str]] = Counter(
            (entity or "", action)
            for entity, action in session.execute(
                select(AuditEvent.entity_id, AuditEvent.action).where(
                    AuditEvent.entity_type == "document",
                    AuditEvent.action.in_(ONCE_PER_DOCUMENT),
                )
            ).all()
        )
        twice = {k: n for k, n in events.items() if n > 1}
        if twice:
            out.problems.append(f"stage events recorded twice: {sorted(twice)[:10]}")
        for doc_id, _status, _sha in docs:
            done = sum(events[(str(doc_id), a)] for a in ("extracted", "quarantined"))
            if done != 1:
                out.problems.append(f"document {doc_id} processed {done} times")
        originals = Counter(
            session.execute(
                select(ArchiveObject.document_id).where(ArchiveObject.kind == "original")
            ).scalars()
        )
        if sorted(originals.values()) != [1] * len(docs):
            out.problems.append("a document without exactly one original in the archive")
        decided = {
            str(i) for i, status, _ in docs if status in (DocStatus.APPROVED, DocStatus.REJECTED)
        }
        archived = {entity for (entity, action) in events if action == "archived"}
        out.archived = len(archived)
        if archived != decided:
            out.problems.append(
                f"archived {len(archived)} documents for {len(decided)} decided ones"
            )
        manifests = Counter(
            session.execute(
                select(ArchiveObject.document_id).where(ArchiveObject.kind == "manifest")
            ).scalars()
        )
        if any(n != 1 for n in manifests.values()):
            out.problems.append("a decided document archived with more than one manifest")
        # the one manifest holds what the document's links and outbound jobs recorded (the
        # archive job waits for them: flow.table), with no timer to add a second one
        behind = stale_documents(session)
        if behind:
            out.problems.append(f"manifests missing their document's later events: {behind[:10]}")
    manifest_versions = Counter(
        v.key for v in store.versions("documents/") if "/manifest-" in v.key and not v.delete_marker
    )
    if any(n != 1 for n in manifest_versions.values()):
        out.problems.append("a manifest version stored twice in the bucket")
    in_bucket = {key.split("/")[1] for key in manifest_versions}
    if in_bucket != archived:
        out.problems.append(
            f"manifests in the bucket for {len(in_bucket)} documents, {len(archived)} archived"
        )
    versions = Counter(v.key for v in store.versions("originals/") if not v.delete_marker)
    if len(versions) != len(docs) or any(n != 1 for n in versions.values()):
        out.problems.append(
            f"{len(versions)} originals in the bucket for {len(docs)} documents, "
            f"{sum(n > 1 for n in versions.values())} of them stored twice"
        )
    return out


# -- the runs -------------------------------------------------------------------------------
@dataclass
class Run:
    workers: int
    documents: int
    seconds: float
    cpu_seconds: float  # the workers' own, while timed
    audit: Audit
    pg_cpu_seconds: float = 0.0  # the database's server processes for this run
    moto_cpu_seconds: float = 0.0  # the object store's
    load: float = 0.0  # the 1-minute load average at the end
    locks: LockWaits | None = None

    @property
    def per_minute(self) -> float:
        return self.documents / self.seconds * 60

    @property
    def cores(self) -> float:
        """How many cores the workers actually had: below ``workers`` when other processes
        took their share."""
        return self.cpu_seconds / self.seconds


def _ticks(pid: int) -> int:
    """utime + stime of one process so far, in clock ticks (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


class CpuMeter:
    """CPU seconds a changing set of processes used since ``start``: each process is read
    every time ``sample`` is called, so one that ends between samples loses at most the
    last interval (PostgreSQL backends live as long as their pooled connection)."""

    def __init__(self, pids: Callable[[], Iterable[int]]) -> None:
        self.pids = pids
        self.first: dict[int, int] = {}
        self.last: dict[int, int] = {}

    def sample(self) -> None:
        with contextlib.suppress(Exception):
            for pid in self.pids():
                ticks = _ticks(pid)
                self.first.setdefault(pid, ticks)
                self.last[pid] = max(self.last.get(pid, 0), ticks)

    def start(self) -> CpuMeter:
        self.sample()
        return self

    @property
    def seconds(self) -> float:
        used = sum(self.last[p] - self.first[p] for p in self.last)
        return used / os.sysconf("SC_CLK_TCK")


def pg_backends(db_url: str) -> Callable[[], list[int]]:
    """The server processes serving this database (its own connections excluded)."""

    def pids() -> list[int]:
        with session_scope(db_url) as session:
            return list(
                session.execute(
                    text(
                        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                        "AND pid <> pg_backend_pid()"
                    )
                ).scalars()
            )

    return pids


@dataclass
class LockWaits:
    """How often a worker's transaction was waiting for a row another one held (a serial
    section), from PostgreSQL's own view of its backends at each look."""

    db_url: str
    looks: int = 0
    waiting: Counter[str] = field(default_factory=Counter)  # statement -> looks it waited

    def sample(self) -> None:
        with contextlib.suppress(Exception), session_scope(self.db_url) as session:
            rows = session.execute(
                text(
                    "SELECT left(query, 60) FROM pg_stat_activity WHERE datname = "
                    "current_database() AND wait_event_type = 'Lock'"
                )
            ).scalars()
            self.waiting.update(rows)
            self.looks += 1

    @property
    def share(self) -> float:
        """Looks at which some worker waited on a lock."""
        return sum(self.waiting.values()) / self.looks if self.looks else 0.0


def children_named(word: str) -> list[int]:
    """This process's children whose command line has ``word`` (moto's server)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            if ppid == os.getpid() and word in (stat.parent / "cmdline").read_text():
                found.append(int(stat.parent.name))
    return found


def run(workers: int, batch: list[Path], s3_endpoint: str, root: Path, admin_url: str) -> Run:
    bucket = f"orderdesk-scaleout-{uuid.uuid4().hex[:10]}"
    with fresh_database(admin_url) as db_url:
        site = Site(db_url, s3_endpoint, bucket)
        here = root / f"{workers}-workers"
        settings = site.settings(here / "intake-host")
        load_masterdata(settings)
        documents = take_in(settings, batch, here / "incoming")
        machines = [start_worker(site, here, f"worker-{i + 1}") for i in range(workers)]
        try:
            wait_registered(db_url, workers)
            cpu = -sum(m.cpu_seconds() for m in machines)
            pg = CpuMeter(pg_backends(db_url)).start()
            moto_pids = children_named("moto")
            moto = CpuMeter(lambda: moto_pids).start()
            locks = LockWaits(db_url)
            started = release(db_url)
            finished = wait_done(db_url, timeout=3600, every=(pg.sample, moto.sample, locks.sample))
            cpu += sum(m.cpu_seconds() for m in machines)
            pg.sample()
            moto.sample()
        finally:
            for machine in machines:
                machine.stop()
        seconds = (finished - started).total_seconds()
        return Run(
            workers,
            documents,
            seconds,
            cpu,
            audit(settings, documents),
            pg_cpu_seconds=pg.seconds,
            moto_cpu_seconds=moto.seconds,
            load=os.getloadavg()[0],
            locks=locks,
        )


def own_cpu_seconds() -> float:
    """This process, the children it reaped, and those still running (tesseract sessions)."""
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    live = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == os.getpid():  # ppid
                live += int(fields[11]) + int(fields[12])
    clock = os.sysconf("SC_CLK_TCK")
    return time.process_time() + reaped.ru_utime + reaped.ru_stime + live / clock


def raw_extraction(files: list[Path]) -> tuple[float, float]:
    """Documents per minute and CPU seconds per document of ``extract`` alone: one process,
    one copy of the batch, no queue, database or archive."""
    from extraction.pipeline import extract

    extract(files[0])  # models loaded once, as a worker does before its first job
    cpu, start = own_cpu_seconds(), time.perf_counter()
    for path in files:
        with contextlib.suppress(Exception):
            extract(path)
    wall = time.perf_counter() - start
    return len(files) / wall * 60, (own_cpu_seconds() - cpu) / len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=3, help="times the samples are repeated")
    parser.add_argument("--workers", default="1,2,4", help="worker counts, comma-separated")
    parser.add_argument("--pg", default=PG_ADMIN, help="PostgreSQL server (admin database URL)")
    parser.add_argument("--no-raw", action="store_true", help="skip the raw extraction figure")
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    counts = [int(n) for n in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="orderdesk-scaleout-") as tmp:
        root = Path(tmp)
        batch = make_batch(root / "batch", args.copies)
        born = sum("_scan" not in p.name for p in batch)
        print(
            f"batch: {len(batch)} documents ({born} born-digital, {len(batch) - born} scans; "
            f"{args.copies} copies of the samples); {os.cpu_count()} cores; "
            f"load {os.getloadavg()[0]:.2f}"
        )
        if not args.no_raw:
            raw, raw_cpu = raw_extraction(sample_files())
            print(
                f"raw extraction, one process, no queue/DB/archive: {raw:.1f} docs/min, "
                f"CPU {raw_cpu:.2f} s/doc (load {os.getloadavg()[0]:.2f})"
            )
        runs: list[Run] = []
        with moto_server(root / "moto.log") as endpoint:
            for n in counts:
                result = run(n, batch, endpoint, root, args.pg)
                runs.append(result)
                ratio = result.per_minute / runs[0].per_minute
                lock_share = result.locks.share if result.locks else 0.0
                print(
                    f"{n} worker(s): {result.documents} docs in {result.seconds:.1f} s = "
                    f"{result.per_minute:.1f} docs/min, x{ratio:.2f} of {counts[0]}; "
                    f"CPU s/doc: workers {result.cpu_seconds / result.documents:.2f}, "
                    f"PostgreSQL {result.pg_cpu_seconds / result.documents:.2f}, "
                    f"moto {result.moto_cpu_seconds / result.documents:.2f}; "
                    f"{result.cores:.2f} cores used by the workers (load {result.load:.2f}); "
                    f"a worker waiting on a lock at {lock_share:.0%} of looks; "
                    f"{dict(result.audit.statuses)}; archived {result.audit.archived}; "
                    + (
                        "exactly once: yes"
                        if not result.audit.problems
                        else "PROBLEMS: " + "; ".join(result.audit.problems)
                    ),
                    flush=True,
                )
                if result.locks and result.locks.waiting:
                    print(f"  lock waits by statement: {result.locks.waiting.most_common(4)}")
        if any(r.audit.problems for r in runs):
            raise SystemExit(1)


if __name__ == "__main__":
    main()

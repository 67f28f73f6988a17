"""Prometheus metrics computed from the database at scrape time.

Workers, watchers and the web server are separate processes (often on several machines),
so in-process counters would each see a fraction of the work and reset on restart.
Instead this collector reads the shared database when Prometheus scrapes: documents are
never deleted and their timestamps are written once, so counts derived from them only ever
grow and behave as Prometheus counters; queue depths and worker liveness are gauges. A
scrape costs a handful of aggregate queries on indexed columns.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector
from sqlalchemy import Float, Select, case, cast, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from jobs.worker import BEAT_SECONDS
from models.audit import AuditEvent
from models.documents import Document
from models.enums import DocStatus, JobStatus, TaskStatus
from models.jobs import Job
from models.linking import Discrepancy, DocumentLink
from models.review import ReviewTask
from models.workers import WorkerBeat

log = logging.getLogger("orderdesk.metrics")

# seconds: from a second (text-layer PDFs) to a week (work left over a holiday)
BUCKETS = (1, 5, 15, 60, 300, 900, 3600, 4 * 3600, 86400, 3 * 86400, 7 * 86400)
# a worker beats every BEAT_SECONDS; three missed beats means it is gone
ALIVE_AFTER = dt.timedelta(seconds=3 * BEAT_SECONDS)
# stopped or vanished workers stay listed for a day, then drop out (bounded label set)
FORGET_AFTER = dt.timedelta(days=1)

STAGES: tuple[tuple[str, str, str, str], ...] = (
    # stage, start column, end column, what it measures
    ("extraction", "received_at", "extracted_at", "received → extracted (machine)"),
    ("review", "extracted_at", "decided_at", "extracted → approved/rejected (people)"),
    ("archive", "decided_at", "archived_at", "decided → archived (machine)"),
)


def seconds_between(dialect: str, start: Any, end: Any) -> Any:
    """``end - start`` in seconds, as SQL for the given dialect."""
    if dialect == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 86400.0
    return cast(func.extract("epoch", end - start), Float)


def _histogram_select(dur: Any) -> Select[Any]:
    """count, sum and the cumulative count at or under each bucket bound, in one pass."""
    return select(
        func.count(),
        func.coalesce(func.sum(dur), 0.0),
        *[func.coalesce(func.sum(case((dur <= le, 1), else_=0)), 0) for le in BUCKETS],
    )


def _buckets(row: Any) -> tuple[list[tuple[str, int]], float]:
    count, total, *cumulative = row
    buckets = [(str(float(le)), int(n)) for le, n in zip(BUCKETS, cumulative, strict=True)]
    buckets.append(("+Inf", int(count)))
    return buckets, float(total)


_Family = TypeVar("_Family", CounterMetricFamily, GaugeMetricFamily)


def _counted(
    family: _Family, s: Session, column: Any, *where: Any, missing: str | None = "unknown"
) -> _Family:
    """``family`` with a sample per value of ``column``: how many rows have it (of those
    ``where`` keeps); a row without a value counts under ``missing`` (None: as it is)."""
    query = select(column, func.count())
    if where:
        query = query.where(*where)
    for value, n in s.execute(query.group_by(column)):
        family.add_metric([value if missing is None else value or missing], n)
    return family


class DatabaseCollector(Collector):
    """Reads through the caller's session: on SQLite a second connection would wait for the
    request's own transaction (every transaction there takes the write lock)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def describe(self) -> Iterable[Metric]:
        return []  # no database access when the registry is built

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("orderdesk_database_up", "1 if the database answered the scrape")
        try:
            metrics = list(self._collect(self.session, dt.datetime.now(dt.UTC)))
            up.add_metric([], 1)
        except Exception:
            log.exception("metrics: database not readable")
            self.session.rollback()
            metrics = []
            up.add_metric([], 0)
        yield up
        yield from metrics

    def _collect(self, s: Session, now: dt.datetime) -> Iterator[Metric]:
        yield from self._documents(s)
        yield from self._stage_latency(s)
        yield from self._queues(s, now)
        yield from self._jobs(s, now)
        yield from self._workers(s, now)

    def _documents(self, s: Session) -> Iterator[Metric]:
        ingested = CounterMetricFamily(
            "orderdesk_documents_ingested",
            "Documents taken in (duplicates and quarantined ones included; a batch scan "
            "counts as the documents it was split into), by channel",
            labels=["channel"],
        )
        yield _counted(
            ingested, s, Document.channel, Document.status != DocStatus.SPLIT, missing=""
        )

        kind = case((Document.status == DocStatus.DUPLICATE, "exact"), else_="business")
        dup = CounterMetricFamily(
            "orderdesk_documents_duplicates",
            "Documents recognised as repeats: exact (same bytes, at intake) or business "
            "(same type, issuer and number, after extraction)",
            labels=["kind"],
        )
        yield _counted(dup, s, kind, Document.duplicate_of_id.is_not(None), missing=None)

        extracted = CounterMetricFamily(
            "orderdesk_documents_extracted", "Documents extracted, by doc type", labels=["doc_type"]
        )
        yield _counted(extracted, s, Document.doc_type, Document.extracted_at.is_not(None))

        by_system = case((Document.decided_by.like("system:%"), "system"), else_="person")
        decided = {
            DocStatus.APPROVED: CounterMetricFamily(
                "orderdesk_documents_approved",
                "Documents approved, by doc type and by whom (system = no person decided)",
                labels=["doc_type", "decided_by"],
            ),
            DocStatus.REJECTED: CounterMetricFamily(
                "orderdesk_documents_rejected",
                "Documents rejected, by doc type and by whom",
                labels=["doc_type", "decided_by"],
            ),
        }
        for status, doc_type, who, n in s.execute(
            select(Document.status, Document.doc_type, by_system, func.count())
            .where(
                Document.decided_at.is_not(None),
                Document.status.in_([DocStatus.APPROVED, DocStatus.REJECTED]),
            )
            .group_by(Document.status, Document.doc_type, by_system)
        ):
            decided[status].add_metric([doc_type or "unknown", who], n)
        yield from decided.values()

        code = AuditEvent.data["code"].as_string()
        quarantined = CounterMetricFamily(
            "orderdesk_documents_quarantined",
            "Times a document was put in quarantine (from the audit trail), by error code",
            labels=["code"],
        )
        yield _counted(
            quarantined,
            s,
            code,
            AuditEvent.entity_type == "document",
            AuditEvent.action == "quarantined",
        )

        in_quarantine = GaugeMetricFamily(
            "orderdesk_documents_in_quarantine",
            "Documents in quarantine now, by error code",
            labels=["code"],
        )
        yield _counted(
            in_quarantine, s, Document.error_code, Document.status == DocStatus.QUARANTINED
        )

        by_status = GaugeMetricFamily(
            "orderdesk_documents", "Documents by current status", labels=["status"]
        )
        yield _counted(by_status, s, Document.status, missing=None)

    def _stage_latency(self, s: Session) -> Iterator[Metric]:
        dialect = s.get_bind().dialect.name
        hist = HistogramMetricFamily(
            "orderdesk_stage_duration_seconds",
            "Time documents spent in each stage: extraction = received→extracted, "
            "review = extracted→decided, archive = decided→archived, linking = a follow-up "
            "document decided→linked to its order",
            labels=["stage"],
        )
        for stage, start_name, end_name, _what in STAGES:
            start: InstrumentedAttribute[Any] = getattr(Document, start_name)
            end: InstrumentedAttribute[Any] = getattr(Document, end_name)
            dur = seconds_between(dialect, start, end)
            query = _histogram_select(dur).where(start.is_not(None), end.is_not(None))
            hist.add_metric([stage], *_buckets(s.execute(query).one()))
        dur = seconds_between(dialect, Document.decided_at, DocumentLink.created_at)
        query = (
            _histogram_select(dur)
            .select_from(DocumentLink)
            .join(Document, Document.id == DocumentLink.document_id)
            .where(Document.decided_at.is_not(None))
        )
        hist.add_metric(["linking"], *_buckets(s.execute(query).one()))
        yield hist

    def _queues(self, s: Session, now: dt.datetime) -> Iterator[Metric]:
        depth = GaugeMetricFamily(
            "orderdesk_review_queue_depth", "Review tasks not done, per queue", labels=["queue"]
        )
        overdue = GaugeMetricFamily(
            "orderdesk_review_queue_overdue",
            "Review tasks not done whose due time has passed, per queue",
            labels=["queue"],
        )
        oldest = GaugeMetricFamily(
            "orderdesk_review_queue_oldest_seconds",
            "Age of the oldest review task not done, per queue",
            labels=["queue"],
        )
        late = case((ReviewTask.due_at < now, 1), else_=0)
        for queue, n, n_late, first in s.execute(
            select(ReviewTask.queue, func.count(), func.sum(late), func.min(ReviewTask.created_at))
            .where(ReviewTask.status != TaskStatus.DONE)
            .group_by(ReviewTask.queue)
        ):
            depth.add_metric([queue], n)
            overdue.add_metric([queue], int(n_late or 0))
            if first is not None:
                first = first if first.tzinfo else first.replace(tzinfo=dt.UTC)
                oldest.add_metric([queue], max(0.0, (now - first).total_seconds()))
        yield from (depth, overdue, oldest)
        discrepancies = GaugeMetricFamily(
            "orderdesk_discrepancies_open",
            "Discrepancies between orders and their documents still open, by kind",
            labels=["kind"],
        )
        yield _counted(
            discrepancies, s, Discrepancy.kind, Discrepancy.status == "open", missing=None
        )

    def _jobs(self, s: Session, now: dt.datetime) -> Iterator[Metric]:
        waiting = GaugeMetricFamily(
            "orderdesk_jobs", "Jobs queued or running, by kind", labels=["kind", "status"]
        )
        failed = CounterMetricFamily(
            "orderdesk_jobs_failed",
            "Jobs given up after their last attempt (their document is in quarantine)",
            labels=["kind"],
        )
        for kind, status, n in s.execute(
            select(Job.kind, Job.status, func.count()).group_by(Job.kind, Job.status)
        ):
            if status in (JobStatus.QUEUED, JobStatus.RUNNING):
                waiting.add_metric([kind, status], n)
            elif status == JobStatus.FAILED:
                failed.add_metric([kind], n)
        yield from (waiting, failed)
        first = s.execute(
            select(func.min(Job.created_at)).where(Job.status == JobStatus.QUEUED)
        ).scalar_one()
        age = GaugeMetricFamily(
            "orderdesk_jobs_oldest_queued_seconds",
            "Age of the oldest queued job (0 when none): workers falling behind shows here",
        )
        age.add_metric([], max(0.0, (now - first).total_seconds()) if first else 0.0)
        yield age

    def _workers(self, s: Session, now: dt.datetime) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "orderdesk_worker_up",
            f"1 if the worker beat within the last {ALIVE_AFTER.seconds} s and has not stopped",
            labels=["worker"],
        )
        seen = GaugeMetricFamily(
            "orderdesk_worker_last_seen_timestamp_seconds",
            "When the worker last wrote its heartbeat (Unix time)",
            labels=["worker"],
        )
        attempts = CounterMetricFamily(
            "orderdesk_worker_jobs",
            "Job attempts finished by each worker, by result (failed includes retried ones)",
            labels=["worker", "result"],
        )
        alive = 0
        for beat in s.execute(
            select(WorkerBeat).where(WorkerBeat.last_seen >= now - FORGET_AFTER)
        ).scalars():
            is_up = beat.stopped_at is None and now - beat.last_seen <= ALIVE_AFTER
            alive += is_up
            up.add_metric([beat.id], 1 if is_up else 0)
            seen.add_metric([beat.id], beat.last_seen.timestamp())
            attempts.add_metric([beat.id, "done"], beat.jobs_done or 0)
            attempts.add_metric([beat.id, "failed"], beat.jobs_failed or 0)
        yield from (up, seen, attempts)
        yield GaugeMetricFamily("orderdesk_workers_alive", "Workers alive now", value=alive)

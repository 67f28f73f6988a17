"""The job queue on SQLite and PostgreSQL: claim, lease, retry, give up, fencing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from jobs import queue
from models.enums import JobStatus
from models.jobs import Job

LEASE = dt.timedelta(seconds=30)


def test_claim_complete_once(session: Session) -> None:
    queue.enqueue(session, "extract", payload={"n": 1})
    session.commit()
    job = queue.claim(session, "w1", lease=LEASE)
    assert job is not None and job.attempts == 1
    assert queue.claim(session, "w2", lease=LEASE) is None  # leased: nobody else gets it
    assert queue.complete(session, job)
    session.commit()
    assert session.get(Job, job.id).status == JobStatus.DONE  # type: ignore[union-attr]
    assert queue.claim(session, "w2", lease=LEASE) is None


def test_expired_lease_is_taken_again_and_old_worker_is_fenced(session: Session) -> None:
    queue.enqueue(session, "extract")
    session.commit()
    first = queue.claim(session, "dead-worker", lease=dt.timedelta(seconds=-1))
    assert first is not None
    session.commit()
    second = queue.claim(session, "w2", lease=LEASE)
    assert second is not None and second.id == first.id and second.attempts == 2
    assert not queue.complete(session, first)  # the dead worker lost its lease
    assert queue.complete(session, second)


def test_retry_with_backoff_then_give_up(session: Session) -> None:
    queue.enqueue(session, "extract", max_attempts=2)
    session.commit()
    job = queue.claim(session, "w", lease=LEASE)
    assert job is not None
    assert not queue.fail(session, job, "boom", base_seconds=60)
    row = session.get(Job, job.id)
    assert row is not None and row.status == JobStatus.QUEUED
    assert row.run_after > dt.datetime.now(dt.UTC) + dt.timedelta(seconds=50)
    assert queue.claim(session, "w", lease=LEASE) is None  # not due yet
    row.run_after = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    session.commit()
    job = queue.claim(session, "w", lease=LEASE)
    assert job is not None and job.attempts == 2
    assert queue.fail(session, job, "boom again", base_seconds=60)  # gave up
    assert session.get(Job, job.id).status == JobStatus.FAILED  # type: ignore[union-attr]


def test_enqueue_is_idempotent_per_document(session: Session) -> None:
    from models.documents import Document

    doc = Document(sha256="0" * 64, original_name="a.pdf")
    session.add(doc)
    session.flush()
    a = queue.enqueue(session, "extract", document_id=doc.id)
    b = queue.enqueue(session, "extract", document_id=doc.id)
    assert a.id == b.id


def test_a_job_waits_for_the_kinds_it_names_on_its_own_document(session: Session) -> None:
    from models.documents import Document

    docs = [Document(sha256=f"{i}" * 64, original_name=f"{i}.pdf") for i in (1, 2)]
    session.add_all(docs)
    session.flush()
    waits = {"last": ("first", "second")}
    past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    last = queue.enqueue(session, "last", document_id=docs[0].id, run_after=past)
    queue.enqueue(session, "first", document_id=docs[0].id)
    queue.enqueue(session, "second", document_id=docs[0].id)
    other = queue.enqueue(session, "first", document_id=docs[1].id)  # another document's
    session.commit()

    taken = [queue.claim(session, "w", lease=LEASE, waits=waits) for _ in range(3)]
    session.commit()
    assert [j.kind for j in taken if j] == ["first", "second", "first"]  # "last" waits
    assert queue.claim(session, "w", lease=LEASE, waits=waits) is None
    assert queue.next_due(session, waits=waits) is not None  # the leases, not the waiting job
    first, second, _other = (j for j in taken if j)
    assert queue.complete(session, first, waits=waits)
    assert queue.fail(session, second, "gone", base_seconds=0, retryable=False, waits=waits)
    session.commit()
    # one done, one given up for good: the waiting job goes on (another document's job
    # still running does not hold it)
    assert session.get(Job, other.id).status == JobStatus.RUNNING  # type: ignore[union-attr]
    freed = queue.claim(session, "w", lease=LEASE, waits=waits)
    assert freed is not None and freed.id == last.id
    # without the rule, the oldest job would have come first
    queue.enqueue(session, "last", document_id=docs[1].id, run_after=past)
    session.commit()
    assert queue.claim(session, "w", lease=LEASE, waits=None).kind == "last"  # type: ignore[union-attr]

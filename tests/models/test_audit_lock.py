"""The audit head is locked only while a transaction commits (issue 21): two writers that
both record events do not wait on each other until one of them commits."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from archive.verify import VerifyReport, verify_chain
from models.audit import AuditEvent, AuditHead, events_of, record_event
from models.db import session_factory


def _poke(session: Session, who: str, n: int) -> None:
    record_event(session, actor=who, action="poked", entity_type="document", entity_id=n)


def test_two_open_transactions_record_without_waiting_on_pg(pg_url: str) -> None:
    make = session_factory(pg_url)
    first, second = make(), make()
    try:
        for s in (first, second):  # a wait on a row lock fails fast instead of hanging
            s.execute(text("SET LOCAL lock_timeout = '1s'"))
        _poke(first, "first", 1)
        _poke(first, "first", 2)
        _poke(second, "second", 3)  # the first is open and holds events: no wait here
        second.execute(text("SELECT 1"))  # ... nor while it works
        _poke(second, "second", 4)
        second.commit()  # nor at its commit: the first has not locked the head
        first.execute(text("SET LOCAL lock_timeout = '1s'"))
        _poke(first, "first", 5)
        first.commit()
    finally:
        first.close()
        second.close()
    with make() as s:
        events = s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
        assert [(e.seq, e.actor, e.entity_id) for e in events] == [
            (1, "second", "3"),
            (2, "second", "4"),
            (3, "first", "1"),
            (4, "first", "2"),
            (5, "first", "5"),
        ]
        head = s.execute(select(AuditHead)).scalar_one()
        assert (head.seq, head.hash) == (5, events[-1].hash)
        report = VerifyReport()
        verify_chain(s, report, [])
        assert report.ok, report.findings


def test_the_head_is_locked_while_the_chain_is_written(pg_url: str) -> None:
    """The contrast: once the first chains its events (as at its commit), the second waits."""
    make = session_factory(pg_url)
    first, second = make(), make()
    try:
        _poke(first, "first", 1)
        first.execute(select(AuditEvent.id))  # reading the audit tables chains the events
        second.execute(text("SET LOCAL lock_timeout = '300ms'"))
        _poke(second, "second", 2)
        with pytest.raises(OperationalError, match="lock timeout"):
            second.commit()
    finally:
        second.close()
        first.rollback()
        first.close()


def test_own_events_are_visible_and_chained_inside_the_transaction(db_url: str) -> None:
    with session_factory(db_url)() as s:
        _poke(s, "a", 7)
        returned = record_event(s, actor="b", action="poked", entity_type="document", entity_id=7)
        assert returned.seq is None  # pending until something needs it
        history = events_of(s, "document", 7)  # a query on the audit tables chains them
        assert [(e.actor, e.seq) for e in history] == [("a", 1), ("b", 2)]
        assert returned.seq == 2 and returned.id is not None
        s.commit()


def test_events_of_a_rolled_back_savepoint_are_dropped(db_url: str) -> None:
    with session_factory(db_url)() as s:
        _poke(s, "kept", 1)
        with s.begin_nested() as nested:
            _poke(s, "gone", 2)
            nested.rollback()
        with s.begin_nested():
            _poke(s, "kept", 3)
        s.commit()
        rows = s.execute(select(AuditEvent.actor, AuditEvent.seq).order_by(AuditEvent.seq)).all()
        assert [tuple(r) for r in rows] == [("kept", 1), ("kept", 2)]


def test_a_rolled_back_transaction_leaves_no_event(db_url: str) -> None:
    with session_factory(db_url)() as s:
        _poke(s, "gone", 1)
        s.rollback()
        _poke(s, "kept", 2)
        s.commit()
        rows = s.execute(select(AuditEvent.actor, AuditEvent.seq)).all()
        assert [tuple(r) for r in rows] == [("kept", 1)]


def test_a_query_that_cannot_see_the_pending_events_leaves_them_pending(db_url: str) -> None:
    """Four-eyes reads ``corrected`` events inside the extract job: no head lock for that."""
    with session_factory(db_url)() as s:
        extracted = record_event(
            s, actor="system:extraction", action="extracted", entity_type="document", entity_id=5
        )
        for query in (
            select(AuditEvent.actor).where(
                AuditEvent.entity_type == "document",
                AuditEvent.entity_id == "5",
                AuditEvent.action.in_(("corrected", "customer_matched")),
            ),
            select(AuditEvent).where(AuditEvent.entity_id == "6"),
            select(AuditEvent).where(AuditEvent.id == 1),
        ):
            assert s.execute(query).all() == []
            assert extracted.seq is None
        seen = s.execute(select(AuditEvent).where(AuditEvent.action == "extracted")).scalars()
        assert list(seen) == [extracted] and extracted.seq == 1
        s.commit()

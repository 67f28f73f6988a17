"""The append-only audit trail. Each event carries the hash of the one before (a hash chain),
so an edited, inserted or removed row breaks the chain; archive/ seals the head and verifies it.

Every stage records its events through ``record_event`` in the caller's transaction, so an
action and its audit row commit or roll back together. The chain's head row is the one lock all
writers share, so it is taken as late as possible: ``record_event`` keeps the event pending in
the session, and ``chain_pending`` links the pending events (head FOR UPDATE, sequence, hashes,
head moved) just before the commit, or earlier when the transaction itself reads the audit
tables. A second worker thus waits on the head only while the first one commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    JSON,
    BinaryExpression,
    BindParameter,
    BooleanClauseList,
    Index,
    Select,
    String,
    TextClause,
    event,
    select,
)
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, SessionTransaction, mapped_column
from sqlalchemy.sql import operators
from sqlalchemy.sql.util import find_tables

from models.base import Base, utcnow

GENESIS = "0" * 64
_PENDING = "audit_pending"  # session.info key: [(transaction recorded in, event), ...]
_TABLES = ("audit_events", "audit_head")

# What a transaction's recorded events set going in that same transaction, before they are
# chained: ``flow.table`` hands its rule here (a change to an archived document queues its
# archive job), so no stage that records a change has to remember what follows it.
ChangeHook = Callable[[Session, list["AuditEvent"]], None]
_ON_CHANGE: list[ChangeHook] = []


def on_change(hook: ChangeHook) -> None:
    """Run ``hook`` with each transaction's events before they are chained (once per hook)."""
    if hook not in _ON_CHANGE:
        _ON_CHANGE.append(hook)


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(unique=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), comment="user name, or system:<stage>")
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_events_entity", "entity_type", "entity_id"),)


class AuditHead(Base):
    """One row: the last sequence number and hash. Locking it serialises appends."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(default=0)
    hash: Mapped[str] = mapped_column(String(64), default=GENESIS)


def event_hash(
    *,
    seq: int,
    occurred_at: dt.datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str | None,
    data: dict[str, Any],
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        {
            "seq": seq,
            "at": occurred_at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "actor": actor,
            "action": action,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "data": data,
            "prev": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def hash_of(event: AuditEvent) -> str:
    return event_hash(
        seq=event.seq,
        occurred_at=event.occurred_at,
        actor=event.actor,
        action=event.action,
        entity_type=event.entity_type,
        entity_id=event.entity_id,
        data=event.data,
        prev_hash=event.prev_hash,
    )


def record_event(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str | int | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction.

    The event stays pending (no seq, hash or id yet) until the transaction commits or reads
    the audit tables; call ``chain_pending`` first to need them sooner. Its time is now.
    ``data`` must be JSON-serialisable; keep personal data out of keys (they are archived).
    """
    payload = json.loads(json.dumps(data or {}, default=str))
    pending = AuditEvent(
        occurred_at=utcnow(),
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=None if entity_id is None else str(entity_id),
        data=payload,
    )
    if session.get_transaction() is None:
        session.connection()  # begin it, so that a rollback before any other SQL drops it
    txn = session.get_nested_transaction() or session.get_transaction()
    session.info.setdefault(_PENDING, []).append((txn, pending))
    return pending


def chain_pending(session: Session) -> None:
    """Link the session's pending events into the chain, in the order they were recorded.

    The caller's other changes are flushed first, so while this transaction holds the head
    lock it writes nothing but audit rows: no other row lock is waited for under it.
    """
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    for hook in _ON_CHANGE:  # before the head lock: it may read and queue, not wait under it
        hook(session, [e for _t, e in pending])
    session.flush()
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
        session.flush()
    for _txn, ev in pending:
        ev.seq, ev.prev_hash = head.seq + 1, head.hash
        ev.hash = hash_of(ev)
        session.add(ev)
        head.seq, head.hash = ev.seq, ev.hash
    session.flush()


@event.listens_for(Session, "before_commit")
def _chain_before_commit(session: Session) -> None:
    if not session.in_nested_transaction():  # a savepoint's events wait for the real commit
        chain_pending(session)


@event.listens_for(Session, "do_orm_execute")
def _chain_before_reading(state: ORMExecuteState) -> None:
    """A query that could see this transaction's own events sees them chained, as before.

    One that surely cannot (a lookup of other events, say four-eyes' ``corrected`` ones in
    the extract job) leaves them pending, so it does not take the head lock early."""
    pending = state.session.info.get(_PENDING)
    if pending and _could_see(state.statement, [e for _t, e in pending]):
        chain_pending(state.session)


def _could_see(statement: Any, pending: list[AuditEvent]) -> bool:
    """False only when ``statement`` certainly reads no audit row that ``pending`` would add."""
    if isinstance(statement, TextClause):
        return any(t in statement.text for t in _TABLES)
    try:
        tables = {t.name for t in find_tables(statement, check_columns=True, include_aliases=True)}
    except Exception:  # a construct it cannot walk: chain, to be safe
        return True
    if not tables.intersection(_TABLES):
        return False
    if not isinstance(statement, Select) or statement.get_final_froms() != [AuditEvent.__table__]:
        return True  # the head, a join or a subquery: not worth judging
    where = statement.whereclause
    return any(_may_match(where, e) for e in pending)


def _may_match(clause: Any, ev: AuditEvent) -> bool:
    """Whether the event may pass ``clause``: exact for AND-ed ``==``/``IN`` on its columns,
    True (may) for anything else."""
    if clause is None:
        return True
    if isinstance(clause, BooleanClauseList) and clause.operator is operators.and_:
        return all(_may_match(c, ev) for c in clause.clauses)
    if not isinstance(clause, BinaryExpression) or not isinstance(clause.right, BindParameter):
        return True
    left = clause.left
    if getattr(left, "table", None) is not AuditEvent.__table__:
        return True
    value, wanted = getattr(ev, left.name), clause.right.effective_value
    if clause.operator not in (operators.eq, operators.in_op):
        return True
    if value is None:  # NULL equals nothing (a pending event has no id yet)
        return False
    options = wanted if clause.operator is operators.in_op else [wanted]
    if not isinstance(options, list | tuple) or any(type(w) is not type(value) for w in options):
        return True
    return value in options


@event.listens_for(Session, "after_soft_rollback")
def _drop_rolled_back(session: Session, previous: SessionTransaction) -> None:
    """Events recorded in a rolled-back transaction or savepoint are gone with it."""
    pending = session.info.get(_PENDING)
    if not pending:
        return
    if previous.parent is None:
        session.info.pop(_PENDING, None)
        return
    session.info[_PENDING] = [(t, e) for t, e in pending if not _within(t, previous)]


@event.listens_for(Session, "after_transaction_end")
def _forget_pending(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # committed (chained already), rolled back or closed
        session.info.pop(_PENDING, None)


def _within(txn: SessionTransaction | None, outer: SessionTransaction) -> bool:
    while txn is not None:
        if txn is outer:
            return True
        txn = txn.parent
    return False


def events_of(
    session: Session, entity_type: str, entity_id: str | int, *, newest_first: bool = False
) -> list[AuditEvent]:
    """The audit events about one thing (a document, an order), in chain order."""
    order = AuditEvent.seq.desc() if newest_first else AuditEvent.seq
    return list(
        session.execute(
            select(AuditEvent)
            .where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == str(entity_id))
            .order_by(order)
        ).scalars()
    )


def document_event(
    session: Session,
    document_id: int | str | None,
    *,
    actor: str,
    action: str,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """An event in one document's history (most events are): ``record_event`` for it."""
    return record_event(
        session,
        actor=actor,
        action=action,
        entity_type="document",
        entity_id=document_id,
        data=data,
    )

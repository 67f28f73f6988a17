"""Profiles in the database (SQLite and PostgreSQL): only approved documents teach, each
change is audited with who made it, the calibration refit keeps the one before."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from extraction.result import ExtractionResult, PageResult
from learning import store
from models.audit import AuditEvent
from models.documents import Document
from models.enums import DocStatus
from models.learning import LearnedModel, SenderProfileRow
from tests.learning.stream import document


def _keep(
    session: Session,
    n: int,
    name: str,
    pages: list[PageResult],
    approved_by: str | None,
    approved_data: dict[str, Any],
    hour: int,
) -> Document:
    """A document whose words are kept: approved by ``approved_by`` (None: only extracted)
    ``hour`` hours into 2026 as ``approved_data``."""
    doc = Document(sha256=f"{n:064d}", original_name=name, doc_type="invoice")
    doc.language = "fr"
    doc.extraction = {"fields": {}}
    session.add(doc)
    session.flush()
    store.keep_words(session, doc.id, ExtractionResult(pages=pages))
    if approved_by is not None:
        doc.status = DocStatus.APPROVED
        doc.decided_by = approved_by
        doc.decided_at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=hour)
        doc.approved_data = approved_data
    else:
        doc.status = DocStatus.EXTRACTED
    session.flush()
    return doc


def _stored(session: Session, i: int, approved_by: str | None) -> Document:
    pages, approved = document(i)
    data = {"fields": {k: {"value": v} for k, v in approved.items()}}
    return _keep(session, i, f"doc{i}.pdf", pages, approved_by, data, i)


def test_unapproved_and_touchless_documents_never_teach(session: Session) -> None:
    _stored(session, 1, None)
    _stored(session, 2, "system:touchless")
    assert store.teach_pending(session) == 0
    assert store.profiles(session) == []


def test_approved_documents_teach_in_order_and_are_audited(session: Session) -> None:
    for i in (1, 2, 3):
        _stored(session, i, "alice" if i != 2 else "bob")
    _stored(session, 4, None)
    assert store.teach_pending(session) == 3
    assert store.teach_pending(session) == 0  # each document teaches once
    (profile,) = store.profiles(session)
    assert profile.key == "FR40303265045" and profile.documents == 3
    inline = next(h for h in profile.hints["document_number"] if h.placement == "inline")
    assert inline.hits > 1.5 and set(inline.taught_by) == {"alice", "bob"}
    events = (
        session.execute(select(AuditEvent).where(AuditEvent.action == "profile_taught"))
        .scalars()
        .all()
    )
    assert [e.actor for e in events] == ["alice", "bob", "alice"]
    learned = store.learned(session)
    assert [p.key for p in learned.profiles] == ["FR40303265045"]


def test_reset_forgets_a_sender_and_says_who(session: Session) -> None:
    for i in (1, 2):
        _stored(session, i, "alice")
    store.teach_pending(session)
    assert store.reset(session, "FR40303265045", actor="carol")
    assert session.execute(select(SenderProfileRow)).scalars().all() == []
    event = session.execute(
        select(AuditEvent).where(AuditEvent.action == "profile_reset")
    ).scalar_one()
    assert event.actor == "carol" and event.entity_id == "FR40303265045"
    assert not store.reset(session, "FR40303265045", actor="carol")


def test_refit_keeps_the_previous_calibration_to_roll_back(session: Session) -> None:
    for i in range(1, 9):
        _stored(session, i, "alice")
    first = store.refit(session, actor="alice")
    second = store.refit(session, actor="alice")
    assert first["observations"] > 0
    assert set(first["fitted"]["after"]) >= {"document_number"}
    number = first["fitted"]["after"]["document_number"]
    assert number["right"] == Decimal(100) and number["values"] > 0
    models = session.execute(select(LearnedModel).order_by(LearnedModel.id)).scalars().all()
    assert [m.active for m in models] == [False, True]
    assert store.rollback(session, actor="alice") == first["model_id"]
    assert store.active_calibration(session).model_dump(mode="json") == models[0].data
    active = [m.id for m in session.execute(select(LearnedModel)).scalars() if m.active]
    assert active == [first["model_id"]] and second["model_id"] != first["model_id"]


def test_refit_reads_the_documents_again_with_every_hint_and_the_line_cells(
    session: Session,
) -> None:
    from tests.learning.test_columns import _doc

    for i in range(1, 7):
        pages, lines, approved = _doc(i)
        data = {"fields": {k: {"value": v} for k, v in approved.items()}, "lines": lines}
        _keep(session, 100 + i, f"f{i}.pdf", pages, "alice", data, i)
    report = store.refit(session, actor="alice")
    fitted = report["fitted"]["after"]
    # the lines the sender's cells read are observed, not only the first hint of a field
    assert fitted["lines"]["values"] > 0 and fitted["lines"]["right"] == Decimal(100)
    assert fitted["document_number"]["right"] == Decimal(100)

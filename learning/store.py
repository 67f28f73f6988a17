"""Sender profiles in the database: teaching from approved documents, loading them for
extraction, resetting one, refitting their calibration (``orderdesk learn``).

Only documents a person approved teach (a touchless approval repeats what the machine
already believed, so it is evidence of nothing); each teaches once, in the order they were
approved, from the page words kept with it. Every change to a profile is an audit event
naming who taught or reset it. Nothing here talks to anything outside the installation.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from extraction.assemble import build_result
from extraction.errors import ExtractionError
from extraction.layout import PageLayout, build_layout
from extraction.profiles import (
    Learned,
    ProfileCalibration,
    SenderProfile,
    default_calibration,
    fingerprint,
    line_mode,
    match,
)
from extraction.result import ExtractionResult, LineItem, PageResult, Word
from learning.calibrate import HELD_BACK_SHARE, Observation, fit, observe, refitted
from learning.teach import identifiers, profile_key, score_fields, score_lines, teach
from models.audit import record_event
from models.base import utcnow
from models.documents import Document
from models.learning import LearnedModel, PageWords, SenderProfileRow, TaughtDocument

log = logging.getLogger("orderdesk.learning")
TOUCHLESS_ACTOR = "system:touchless"  # as approvals.review names it


def keep_words(session: Session, document_id: int, result: ExtractionResult) -> None:
    """Keep the words (with boxes) each page was read as, so profiles can be rebuilt."""
    for old in session.execute(
        select(PageWords).where(PageWords.document_id == document_id)
    ).scalars():
        session.delete(old)
    for p in result.pages:
        width, height = p.frame
        session.add(
            PageWords(
                document_id=document_id,
                number=p.number,
                width=width,
                height=height,
                words=[[w.text, *w.bbox, w.confidence, w.source] for w in p.words],
            )
        )
    session.flush()


def _kept_words(session: Session, document_id: int) -> list[tuple[PageWords, list[Word]]]:
    """Each kept page row, in page order, with its words as ``keep_words`` stored them."""
    rows = session.execute(
        select(PageWords).where(PageWords.document_id == document_id).order_by(PageWords.number)
    ).scalars()
    return [
        (
            row,
            [
                Word(text=w[0], bbox=(w[1], w[2], w[3], w[4]), confidence=w[5], source=w[6])
                for w in row.words
            ],
        )
        for row in rows
    ]


def layouts_of(session: Session, document_id: int) -> list[PageLayout]:
    return [
        build_layout(words, row.number, row.width, row.height)
        for row, words in _kept_words(session, document_id)
    ]


def profiles(session: Session) -> list[SenderProfile]:
    rows = session.execute(select(SenderProfileRow).order_by(SenderProfileRow.key)).scalars()
    return [SenderProfile.model_validate(r.data) for r in rows]


def active_calibration(session: Session) -> ProfileCalibration:
    row = session.execute(
        select(LearnedModel)
        .where(LearnedModel.active.is_(True))
        .order_by(LearnedModel.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if row is None:
        return default_calibration()
    return ProfileCalibration.model_validate(row.data)


def learned(session: Session) -> Learned:
    """What extraction is given: every profile, after teaching what was approved since.
    Teaching is best effort here (two workers may race to teach the same document; the
    loser leaves it to the next run or to ``orderdesk learn``)."""
    try:
        with session.begin_nested():
            teach_pending(session, limit=50)
    except SQLAlchemyError:
        log.warning("teaching sender profiles failed; extraction goes on", exc_info=True)
    return Learned(profiles=profiles(session), calibration=active_calibration(session))


def _approved_values(doc: Document) -> dict[str, str]:
    data = doc.approved_data or {}
    return {
        k: str(v["value"]) for k, v in data.get("fields", {}).items() if v.get("value") is not None
    }


def _save(session: Session, profile: SenderProfile) -> None:
    row = session.execute(
        select(SenderProfileRow).where(SenderProfileRow.key == profile.key)
    ).scalar_one_or_none()
    if row is None:
        row = SenderProfileRow(key=profile.key)
        session.add(row)
    row.name = profile.name[:300]
    row.documents = profile.documents
    row.data = profile.model_dump(mode="json")
    row.updated_at = utcnow()


def teach_pending(session: Session, limit: int | None = None) -> int:
    """Teach the profiles with the documents approved since the last call; returns how many
    documents taught."""
    taught = select(TaughtDocument.document_id)
    query = (
        select(Document)
        .where(Document.approved_data.is_not(None), Document.id.not_in(taught))
        .order_by(Document.decided_at, Document.id)
    )
    if limit:
        query = query.limit(limit)
    done = 0
    book = {p.key: p for p in profiles(session)}
    for doc in session.execute(query).scalars().all():
        actor = doc.decided_by or "unknown"
        layouts = layouts_of(session, doc.id)
        approved = _approved_values(doc)
        if actor == TOUCHLESS_ACTOR or not layouts or not approved:
            session.add(TaughtDocument(document_id=doc.id, profile_key=None, taught_by=actor))
            continue
        doc_type = doc.doc_type or "other"
        key = profile_key(identifiers(approved, doc_type), fingerprint(layouts))
        prior = book.get(key) or match(list(book.values()), layouts)
        machine = [LineItem.model_validate(li) for li in (doc.extraction or {}).get("lines", [])]
        approved_lines = _approved_lines(doc)
        profile = teach(
            prior,
            layouts,
            approved,
            doc_type,
            doc.language or "en",
            actor,
            machine_lines=machine,
            approved_lines=approved_lines,
            machine_fields=list((doc.extraction or {}).get("fields", {})),
        )
        if prior is not None and approved_lines:
            cells = (doc.extraction or {}).get("profile_cells") or {}
            score_lines(profile, machine, approved_lines, line_mode(cells))
        score_fields(profile, _machine_values(doc), approved)
        book[profile.key] = profile
        _save(session, profile)
        session.add(TaughtDocument(document_id=doc.id, profile_key=profile.key, taught_by=actor))
        record_event(
            session,
            actor=actor,
            action="profile_taught",
            entity_type="sender_profile",
            entity_id=profile.key,
            data={"document_id": doc.id, "fields": sorted(approved)},
        )
        done += 1
    session.flush()
    return done


def reset(session: Session, key: str, actor: str) -> bool:
    """Forget what a sender's documents taught; its next approved documents teach afresh."""
    row = session.execute(
        select(SenderProfileRow).where(SenderProfileRow.key == key)
    ).scalar_one_or_none()
    if row is None:
        return False
    session.delete(row)
    record_event(
        session,
        actor=actor,
        action="profile_reset",
        entity_type="sender_profile",
        entity_id=key,
        data={"documents": row.documents},
    )
    session.flush()
    return True


def _held_back(document_id: int) -> bool:
    digest = hashlib.sha256(str(document_id).encode()).digest()
    return digest[0] < 256 * HELD_BACK_SHARE


def pages_of(session: Session, document_id: int) -> list[PageResult]:
    """The pages as kept with the document (their words, in the frame they were read in)."""
    out = []
    for row, words in _kept_words(session, document_id):
        ocr = any(w.source == "ocr" for w in words)
        out.append(
            PageResult(
                number=row.number,
                text=" ".join(w.text for w in words),
                source="ocr" if ocr else "text",
                width=row.width,
                height=row.height,
                words=words,
            )
        )
    return out


def _replay_observations(
    session: Session, calibration: ProfileCalibration
) -> list[tuple[int, str, Observation]]:
    """Teach fresh profiles again over the approved documents, in approval order, and read
    each document again from its kept words with the profiles taught before it (every
    hint a field has, the learned table cells, the lines), noting for each value a profile
    gave or settled whether it was the approved one: the same evidence cells extraction
    uses, so the refit calibrates what extraction does."""
    docs = (
        session.execute(
            select(Document)
            .join(TaughtDocument, TaughtDocument.document_id == Document.id)
            .where(TaughtDocument.profile_key.is_not(None))
            .order_by(Document.decided_at, Document.id)
        )
        .scalars()
        .all()
    )
    book: dict[str, SenderProfile] = {}
    out: list[tuple[int, str, Observation]] = []
    for doc in docs:
        pages = pages_of(session, doc.id)
        layouts = [build_layout(p.words, p.number, *p.frame) for p in pages]
        if not layouts:
            continue
        approved = _approved_values(doc)
        approved_lines = _approved_lines(doc)
        lang = doc.language or "en"
        learned = Learned(profiles=list(book.values()), calibration=calibration)
        try:
            result = build_result(pages, layouts, None, learned)
        except ExtractionError:
            continue
        for o in observe(result, approved, approved_lines):
            out.append((doc.id, o.name, Observation(o.cell, o.right)))
        doc_type = doc.doc_type or "other"
        key = profile_key(identifiers(approved, doc_type), fingerprint(layouts))
        prior = next((p for p in book.values() if p.key == result.profile_key), None)
        profile = teach(
            prior or book.get(key),
            layouts,
            approved,
            doc_type,
            lang,
            "refit",
            machine_lines=result.lines,
            approved_lines=approved_lines,
        )
        if prior is not None and approved_lines:
            score_lines(profile, result.lines, approved_lines, line_mode(result.profile_cells))
        score_fields(profile, {n: fv.value for n, fv in result.fields.items()}, approved)
        book[profile.key] = profile
    return out


def _machine_values(doc: Document) -> dict[str, str]:
    """The value of each header field as the machine gave it on ``doc``."""
    fields = (doc.extraction or {}).get("fields", {})
    return {n: str(f["value"]) for n, f in fields.items() if f and f.get("value") is not None}


def _approved_lines(doc: Document) -> list[dict[str, str]]:
    return [
        {k: str(v) for k, v in li.items() if v is not None}
        for li in (doc.approved_data or {}).get("lines", [])
    ]


def _accuracy(
    obs: list[tuple[int, str, Observation]], calibration: ProfileCalibration, accept: float
) -> dict[str, dict[str, Any]]:
    """Per field: values profiles read, share right, and share right of those shown sure."""
    per: dict[str, list[int]] = {}
    for _doc, name, o in obs:
        s = per.setdefault(name, [0, 0, 0, 0])
        s[0] += 1
        s[1] += int(o.right)
        if calibration.confidence(o.cell) >= accept:
            s[2] += 1
            s[3] += int(o.right)
    return {
        name: {
            "values": s[0],
            "right": round(100.0 * s[1] / s[0], 2) if s[0] else None,
            "shown_sure": s[2],
            "sure_right": round(100.0 * s[3] / s[2], 2) if s[2] else None,
        }
        for name, s in sorted(per.items())
    }


def refit(session: Session, actor: str, accept: float = 0.9) -> dict[str, Any]:
    """Fit the profile calibration on approved documents (all but a held-back share), make
    it active, keep the previous one to roll back to; report per field before and after, on
    the documents fitted on and on the held-back ones."""
    teach_pending(session)
    before = active_calibration(session)
    obs = _replay_observations(session, before)
    fitted = [o for o in obs if not _held_back(o[0])]
    held = [o for o in obs if _held_back(o[0])]
    own = fit([o for _d, _n, o in fitted])
    # the shipped calibration with the installation's own observations added; cells this
    # installation has not seen yet keep what the shipped calibration says
    after = refitted(default_calibration(), own)
    report = {
        "observations": len(obs),
        "fitted": {
            "before": _accuracy(fitted, before, accept),
            "after": _accuracy(fitted, after, accept),
        },
        "held_back": {
            "before": _accuracy(held, before, accept),
            "after": _accuracy(held, after, accept),
        },
    }
    if not fitted:
        report["model_id"] = None  # nothing approved to learn from: the active one stays
        return report
    for old in session.execute(select(LearnedModel).where(LearnedModel.active.is_(True))).scalars():
        old.active = False
    row = LearnedModel(
        data=after.model_dump(mode="json"), report=report, active=True, created_by=actor
    )
    session.add(row)
    session.flush()
    record_event(
        session,
        actor=actor,
        action="profile_calibration_fitted",
        entity_type="learned_model",
        entity_id=row.id,
        data={"observations": len(obs)},
    )
    report["model_id"] = row.id
    return report


def rollback(session: Session, actor: str) -> int | None:
    """Make the calibration before the active one active again; returns its id."""
    rows = session.execute(select(LearnedModel).order_by(LearnedModel.id.desc())).scalars().all()
    current = next((r for r in rows if r.active), None)
    if current is None:
        return None
    earlier = next((r for r in rows if r.id < current.id), None)
    current.active = False
    if earlier is not None:
        earlier.active = True
    record_event(
        session,
        actor=actor,
        action="profile_calibration_rolled_back",
        entity_type="learned_model",
        entity_id=current.id,
        data={"now_active": earlier.id if earlier else "shipped default"},
    )
    session.flush()
    return earlier.id if earlier else None

"""Building linking stories from the sample generator's content (``samples.content``).

Two ways in: ``receive_pdf`` renders a document to PDF with the samples generator and sends
it through the whole pipeline (upload, the real ``extract`` job, review, the ``link`` job);
``submit`` stores the generator's ground truth the way extraction stores it and approves it,
which keeps the many discrepancy tests fast. Both approve through the pipeline's own entry
points (``approvals.review.approve`` -> ``flow.table.follow_decision`` -> ``link`` on a worker).
"""

from __future__ import annotations

import dataclasses
import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select

from approvals import review
from approvals.routing import failing
from archive.store import open_store
from flow.table import follow_decision, handler_set
from ingest.intake import EXTRACT_JOB, Intake
from jobs.worker import HandlerSet, Worker
from models.db import session_scope
from models.documents import Document, ExtractedField
from models.enums import DocStatus, Role
from models.jobs import Job
from models.orders import Order
from models.settings import Settings
from samples.content import Doc, Line, make_doc
from samples.generate import write_doc
from samples.render import Layout
from tests.approvals.factory import line_of

_counter = iter(range(1, 10_000))


def follow_up(
    po: Doc, doc_type: str, number: str, *, days: int, lines: list[Line] | None = None
) -> Doc:
    """A document the supplier sends about ``po`` (the supplier issues it, the buyer receives)."""
    import datetime as dt

    return dataclasses.replace(
        po,
        doc_type=doc_type,
        number=number,
        date=po.date + dt.timedelta(days=days),
        issuer=po.counterpart,
        counterpart=po.issuer,
        order_number=po.number,
        lines=list(po.lines if lines is None else lines),
        references=[],
    )


def part(line: Line, quantity: Decimal | int, unit_price: Decimal | None = None) -> Line:
    return dataclasses.replace(
        line,
        quantity=Decimal(quantity),
        unit_price=line.unit_price if unit_price is None else unit_price,
    )


def payment(po: Doc, number: str, pays: list[tuple[str, Decimal]], *, days: int) -> Doc:
    import datetime as dt

    return dataclasses.replace(
        po,
        doc_type="payment_advice",
        number=number,
        date=po.date + dt.timedelta(days=days),
        payment_date=po.date + dt.timedelta(days=days),
        order_number=None,
        lines=[],
        references=list(pays),
    )


def purchase_order(seed: int, language: str, n_lines: int = 3) -> Doc:
    return make_doc(seed, "purchase_order", language, n_lines)


def store(
    settings: Settings, truth: dict[str, Any], *, override: dict[str, str | None] | None = None
) -> int:
    """Save a document as extraction would have (fields with provenance, lines), in review."""
    fields = {k: v["value"] for k, v in truth["fields"].items()}
    for k, v in (override or {}).items():
        if v is None:
            fields.pop(k, None)
        else:
            fields[k] = v
    n = next(_counter)
    with session_scope(settings.db_url) as session:
        doc = Document(
            sha256=hashlib.sha256(f"{n}:{fields.get('document_number')}".encode()).hexdigest(),
            original_name=f"{truth['doc_type']}-{n}.pdf",
            status=DocStatus.IN_REVIEW,
            doc_type=truth["doc_type"],
            doc_type_confidence=0.99,
            language=truth["language"],
            page_count=1,
            document_number=fields.get("document_number"),
            document_date=review.parse_date(fields["document_date"])
            if fields.get("document_date")
            else None,
            customer_name=fields.get("customer_name"),
            currency=fields.get("currency"),
            total_gross=Decimal(fields["total_gross"]) if fields.get("total_gross") else None,
            extraction={**truth, "fields": {k: {"value": v} for k, v in fields.items()}},
        )
        doc.fields = [
            ExtractedField(name=k, value=v, confidence=0.99, page=1, source="text")
            for k, v in fields.items()
        ]
        doc.lines = [line_of(i, li) for i, li in enumerate(truth["lines"], 1)]
        session.add(doc)
        session.flush()
        return doc.id


def approve(settings: Settings, document_id: int, *, actor: str = "anna") -> None:
    """Approved by an approver (high-value orders need one under the 4-eyes policy)."""
    with session_scope(settings.db_url) as session:
        doc = review.get_document(session, document_id)
        review.approve(session, doc, actor=actor, role=Role.APPROVER, settings=settings)
        follow_decision(session, doc.id, settings)
    run_link_jobs(settings)


def reject(settings: Settings, document_id: int, *, reason: str = "not ours") -> None:
    with session_scope(settings.db_url) as session:
        doc = review.get_document(session, document_id)
        review.reject(session, doc, actor="clerk", reason=reason)
        follow_decision(session, doc.id, settings)
    run_link_jobs(settings)


def run_link_jobs(settings: Settings) -> int:
    """Run queued ``link`` jobs on a real worker (the archive jobs are not under test)."""
    return run_jobs(settings, "link")


def submit(settings: Settings, doc: Doc, **override: str | None) -> int:
    doc_id = store(settings, doc.truth(), override=override or None)
    approve(settings, doc_id)
    return doc_id


def order_of(settings: Settings, po_document_id: int) -> Order:
    with session_scope(settings.db_url) as session:
        return session.execute(
            select(Order).where(Order.document_id == po_document_id)
        ).scalar_one()


class OverDelivered(NamedTuple):
    po: Doc
    order: Order
    line: Line  # the order's first line, delivered ``extra`` more than ordered
    delivery_note: int  # its document id


def over_delivered(
    settings: Settings, seed: int, number: str, *, days: int, extra: int
) -> OverDelivered:
    """A French two-line order, approved, then a delivery note ``number`` ``days`` later that
    delivers ``extra`` more of its first line than was ordered."""
    po = purchase_order(seed, "fr", n_lines=2)
    order = order_of(settings, submit(settings, po))
    line = po.lines[0]
    dn = follow_up(
        po, "delivery_note", number, days=days, lines=[part(line, line.quantity + extra)]
    )
    return OverDelivered(po, order, line, submit(settings, dn))


# --- the same story from generated sample PDFs, through ingest and extraction ----------------


def receive_pdf(
    settings: Settings, doc: Doc, layout: Layout, folder: Path, *, name: str | None = None
) -> int:
    """A sample document as a customer or supplier would send it: rendered to PDF by the
    samples generator (``samples.generate.write_doc``, ground truth beside it), uploaded,
    read by the real ``extract`` job (text layer or OCR, classification, fields, lines,
    references), approved by a person when the rules put it in review, then linked by
    the ``link`` job. Returns the document id."""
    pdf = write_doc(folder, name or f"{doc.doc_type}_{doc.number}", doc, layout)
    taken = Intake(settings, open_store(settings)).take_bytes(
        pdf.read_bytes(), original_name=pdf.name, channel="upload"
    )
    run_jobs(settings, EXTRACT_JOB)
    with session_scope(settings.db_url) as session:
        stored = review.get_document(session, taken.document_id)
        assert stored.status in (DocStatus.IN_REVIEW, DocStatus.APPROVED), (
            f"{pdf.name}: {stored.status} ({stored.error})"
        )
        # the stories send distinct documents (twin orders of one day, say): the person says
        # it is not the same document again, and it goes on as usual
        if (
            review.pending_duplicate(session, stored) is not None
            and review.mark_not_duplicate(
                session, stored, actor="anna", reason="another document", settings=settings
            ).decided
        ):
            follow_decision(session, stored.id, settings)
        if stored.status == DocStatus.IN_REVIEW:
            problems = [c.message for c in failing(session, stored.id)]
            review.approve(
                session,
                stored,
                actor="anna",
                role=Role.APPROVER,
                settings=settings,
                reason=("checked against the paper: " + "; ".join(problems)) if problems else None,
            )
            follow_decision(session, stored.id, settings)
    run_link_jobs(settings)
    return taken.document_id


def run_jobs(settings: Settings, *kinds: str) -> int:
    handlers = handler_set().handlers
    worker = Worker(settings, HandlerSet(handlers={k: handlers[k] for k in kinds}))
    done = 0
    while worker.run_once():
        done += 1
        assert done < 100
    with session_scope(settings.db_url) as session:
        errors = (
            session.execute(
                select(Job.last_error).where(Job.kind.in_(kinds), Job.last_error.is_not(None))
            )
            .scalars()
            .all()
        )
    assert errors == [], f"{kinds} jobs failed: {errors}"
    return done


def extracted(settings: Settings, document_id: int) -> dict[str, Any]:
    """What extraction read off the page (the ``orderdesk extract --json`` contract)."""
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        return dict(doc.extraction or {})


def delivered_and_invoiced(
    settings: Settings, po: Doc, delivery: tuple[str, int], invoice: tuple[str, int]
) -> tuple[Order, Doc]:
    """The order of ``po``, delivered and invoiced: each follow-up by its number and the days
    after the order it came (the invoice is returned, for the payments that follow)."""
    order = order_of(settings, submit(settings, po))
    submit(settings, follow_up(po, "delivery_note", delivery[0], days=delivery[1]))
    inv = follow_up(po, "invoice", invoice[0], days=invoice[1])
    submit(settings, inv)
    return order, inv

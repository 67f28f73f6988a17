"""What leaves orderdesk when an order is approved: a confirmation PDF in the customer's
language (archived with the order, e-mailed when SMTP is configured), a signed webhook, and
JSON/CSV files in an export folder for ERPs.

Nothing leaves for an order whose totals contradict each other (see ``_withheld``).

Each is its own job, so each is retried with backoff on its own (the job queue does that) and
a failing webhook never holds back the confirmation. Every handler first checks whether its
work is already done, so a retry after a crash does not do it twice (the webhook also sends an
``Idempotency-Key`` the receiver can use to drop a repeat).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobs.queue import ClaimedJob, enqueue_document
from jobs.worker import Apply
from models.amounts import disagreements, order_amounts
from models.archive import ArchiveObject
from models.audit import AuditEvent, document_event
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.errors import Unavailable
from models.files import write_atomically
from models.masterdata import Customer, matched_customer
from models.order_shape import order_json
from models.orders import Order
from models.settings import Settings
from models.storage import OpenStore
from outbound import mail
from outbound.webhook import post_signed

CONFIRMATION_JOB = "confirmation"
CONFIRMATION_MAIL_JOB = "confirmation_mail"
WEBHOOK_JOB = "webhook"
EXPORT_JOB = "export"


class ConfirmationPending(Unavailable):
    """The confirmation mail's job ran before the confirmation was archived: worth a retry."""

    code = "confirmation_pending"


TEXTS: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Order confirmation",
        "intro": "Thank you for your order {number} of {date}. We confirm it as follows:",
        "customer": "Customer",
        "delivery": "Requested delivery",
        "cols": ["#", "SKU", "Description", "Qty", "Unit", "Unit price", "Total"],
        "net": "Net total",
        "tax": "VAT",
        "gross": "Total",
        "subject": "Order confirmation {number}",
        "body": "Dear customer,\n\nplease find attached our confirmation of your order "
        "{number}.\n\nKind regards,\n{company}",
    },
    "fr": {
        "title": "Accusé de réception de commande",
        "intro": "Nous vous remercions de votre commande {number} du {date}, "
        "que nous confirmons comme suit :",
        "customer": "Client",
        "delivery": "Livraison souhaitée",
        "cols": ["N°", "Réf.", "Désignation", "Qté", "Unité", "Prix unitaire", "Montant"],
        "net": "Total HT",
        "tax": "TVA",
        "gross": "Total TTC",
        "subject": "Accusé de réception de votre commande {number}",
        "body": "Madame, Monsieur,\n\nveuillez trouver ci-joint notre accusé de réception "
        "de votre commande {number}.\n\nCordialement,\n{company}",
    },
}


def _order_of(session: Session, document_id: int | None) -> tuple[Document, Order] | None:
    if document_id is None:
        return None
    doc = session.get(Document, document_id)
    if doc is None or doc.status != DocStatus.APPROVED:
        return None  # rejected documents send nothing
    order = session.execute(select(Order).where(Order.document_id == doc.id)).scalar()
    return (doc, order) if order is not None else None


def _noted(document_id: int, action: str, data: dict[str, Any]) -> Apply:
    """The ``apply`` of an outbound job whose result is one event in the document's history
    (committed with the job's completion: done once, or not at all)."""

    def apply(session: Session) -> None:
        document_event(session, document_id, actor="system:outbound", action=action, data=data)

    return apply


def _withheld(
    session: Session, doc: Document, order: Order, settings: Settings, what: str
) -> Apply | None:
    """An order whose totals contradict each other never leaves the house (an approver may
    have overridden them to keep the order): the refusal is recorded once, nothing is sent."""
    problems = disagreements(order_amounts(order), settings.approvals.amount_tolerance)
    if not problems:
        return None
    action, doc_id = f"{what}_withheld", doc.id
    if _done(session, doc_id, action):
        return lambda _session: None
    return _noted(
        doc_id,
        action,
        {
            "problems": problems,
            "reason": "the order's totals do not add up; correct the order and send "
            "the customer a confirmation by hand",
        },
    )


def _payload(
    settings: Settings, document_id: int | None, what: str, *, unless_done: str | None = None
) -> dict[str, Any] | Apply | None:
    """What a webhook or an export file carries: the approved order's payload; None when
    there is no approved order (or its ``unless_done`` action is already in its history); the
    refusal when its totals contradict each other (``_withheld``)."""
    with session_scope(settings.db_url) as session:
        if unless_done is None:
            found = _order_of(session, document_id)
        else:
            found = _unsent(session, document_id, unless_done)
        if found is None:
            return None
        doc, order = found
        withheld = _withheld(session, doc, order, settings, what)
        return withheld if withheld is not None else order_payload(order, doc)


def _customer(session: Session, doc: Document) -> Customer | None:
    return matched_customer(session, doc.id)


def _done(session: Session, document_id: int, action: str) -> bool:
    return (
        session.execute(
            select(AuditEvent.id).where(
                AuditEvent.entity_type == "document",
                AuditEvent.entity_id == str(document_id),
                AuditEvent.action == action,
            )
        ).first()
        is not None
    )


def _unsent(
    session: Session, document_id: int | None, action: str
) -> tuple[Document, Order] | None:
    """The approved order a job is for, unless its ``action`` is already in the document's
    history (a job that runs again sends nothing twice)."""
    found = _order_of(session, document_id)
    if found is None or _done(session, found[0].id, action):
        return None
    return found


def _confirmation_object(session: Session, doc: Document) -> ArchiveObject | None:
    """The archived confirmation PDF of the order, if one was made."""
    return session.execute(
        select(ArchiveObject).where(
            ArchiveObject.document_id == doc.id, ArchiveObject.kind == "confirmation"
        )
    ).scalar()


def _language(customer: Customer | None, doc: Document) -> str:
    """The customer's language from the master data, else the document's, else English."""
    return (customer.language if customer else None) or doc.language or "en"


def order_payload(order: Order, doc: Document) -> dict[str, Any]:
    """An approved order as integrations receive it (webhook, export files): the order's one
    shape (``models.order_shape``, as REST lists it) with its lines, as JSON values."""
    shape = order_json(order)
    return {
        "event": "order.approved",
        "order_id": shape.pop("id"),
        **shape,
        "approved_at": doc.decided_at.isoformat() if doc.decided_at else None,
    }


# --- confirmation PDF -------------------------------------------------------------------------


def confirmation_pdf(payload: dict[str, Any], language: str, company: str) -> bytes:
    """The confirmation, byte-for-byte reproducible (reportlab's invariant mode)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    t = TEXTS.get(language, TEXTS["en"])
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(
        buf,
        pagesize=A4,
        title=f"{t['title']} {payload['order_number']}",
        author=company,
        invariant=1,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
    )
    esc = _xml_escape
    cur = payload.get("currency") or ""
    story: list[Any] = [
        Paragraph(esc(company), styles["Title"]),
        Paragraph(f"{esc(t['title'])} — {esc(payload['order_number'])}", styles["Heading2"]),
        Paragraph(
            esc(
                t["intro"].format(number=payload["order_number"], date=payload["order_date"] or "")
            ),
            styles["Normal"],
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            f"<b>{esc(t['customer'])}:</b> {esc(payload.get('customer_number') or '')} "
            f"{esc(payload.get('customer_name') or '')}",
            styles["Normal"],
        ),
    ]
    if payload.get("delivery_date"):
        story.append(
            Paragraph(f"<b>{esc(t['delivery'])}:</b> {payload['delivery_date']}", styles["Normal"])
        )
    story.append(Spacer(1, 5 * mm))
    rows: list[list[Any]] = [t["cols"]]
    for li in payload["lines"]:
        rows.append(
            [
                li["position"],
                li["sku"] or "",
                Paragraph(esc(li["description"] or ""), styles["BodyText"]),
                li["quantity"] or "",
                li["unit"] or "",
                li["unit_price"] or "",
                li["line_total"] or "",
            ]
        )
    for label, key in (("net", "total_net"), ("tax", "total_tax"), ("gross", "total_gross")):
        if payload.get(key):
            rows.append(["", "", "", "", "", t[label], f"{payload[key]} {cur}"])
    table = Table(rows, colWidths=[10 * mm, 25 * mm, 62 * mm, 14 * mm, 14 * mm, 24 * mm, 25 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ]
        )
    )
    story.append(table)
    pdf.build(story)
    return buf.getvalue()


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def handle_confirmation(job: ClaimedJob, settings: Settings, store: OpenStore) -> Apply | None:
    with session_scope(settings.db_url) as session:
        found = _order_of(session, job.document_id)
        if found is None:
            return None
        doc, order = found
        withheld = _withheld(session, doc, order, settings, "confirmation")
        if withheld is not None:
            return withheld
        if _confirmation_object(session, doc) is not None:
            return None
        language = _language(_customer(session, doc), doc)
        payload = order_payload(order, doc)
        doc_id = doc.id
    pdf = confirmation_pdf(payload, language, settings.approvals.outbound.company_name)
    digest = hashlib.sha256(pdf).hexdigest()
    obj = store().put(f"documents/{doc_id}/confirmation-{digest[:16]}.pdf", pdf)

    def apply(session: Session) -> None:
        session.add(
            ArchiveObject.of(
                obj, document_id=doc_id, kind="confirmation", retain_until=obj.retain_until
            )
        )
        document_event(
            session,
            doc_id,
            actor="system:outbound",
            action="confirmation_archived",
            data={"key": obj.key, "sha256": obj.sha256, "language": language},
        )
        if settings.approvals.outbound.smtp_host:
            enqueue_document(session, CONFIRMATION_MAIL_JOB, doc_id, settings)

    return apply


def handle_confirmation_mail(job: ClaimedJob, settings: Settings, store: OpenStore) -> Apply | None:
    out = settings.approvals.outbound
    if not out.smtp_host or job.document_id is None:
        return None
    with session_scope(settings.db_url) as session:
        found = _unsent(session, job.document_id, "confirmation_mailed")
        if found is None:
            return None
        doc, order = found
        customer = _customer(session, doc)
        to = customer.email if customer and customer.email else None
        obj = _confirmation_object(session, doc)
        if obj is None:
            raise ConfirmationPending("the confirmation is not archived yet")
        language = _language(customer, doc)
        number, doc_id, key, version = order.order_number, doc.id, obj.key, obj.version_id
    if to is None:
        return _noted(
            doc_id,
            "confirmation_not_mailed",
            {"reason": "the customer has no e-mail address in the master data"},
        )
    pdf = store().get(key, version)
    t = TEXTS.get(language, TEXTS["en"])
    msg = EmailMessage()
    msg["From"], msg["To"] = out.mail_from, to
    msg["Subject"] = t["subject"].format(number=number)
    msg["Message-ID"] = f"<confirmation-{doc_id}-{hashlib.sha256(pdf).hexdigest()[:12]}@orderdesk>"
    msg.set_content(t["body"].format(number=number, company=out.company_name))
    msg.add_attachment(
        pdf, maintype="application", subtype="pdf", filename=f"confirmation-{number}.pdf"
    )
    mail.send(out, msg)
    return _noted(doc_id, "confirmation_mailed", {"to": to, "message_id": msg["Message-ID"]})


# --- webhook -------------------------------------------------------------------------------


def handle_webhook(job: ClaimedJob, settings: Settings) -> Apply | None:
    out = settings.approvals.outbound
    if not out.webhook_url or job.document_id is None:
        return None
    payload = _payload(settings, job.document_id, "webhook", unless_done="webhook_delivered")
    if not isinstance(payload, dict):
        return payload
    status = post_signed(
        out,
        payload,
        event="order.approved",
        idempotency_key=f"order-{payload['order_id']}-approved",
    )
    return _noted(job.document_id, "webhook_delivered", {"url": out.webhook_url, "status": status})


# --- export folder -------------------------------------------------------------------------


def handle_export(job: ClaimedJob, settings: Settings) -> Apply | None:
    out = settings.approvals.outbound
    if not out.export_dir:
        return None
    payload = _payload(settings, job.document_id, "export")
    if not isinstance(payload, dict):
        return payload
    folder = Path(out.export_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"order-{payload['order_id']}-" + "".join(
        c if c.isalnum() or c in "-_" else "_" for c in payload["order_number"]
    )
    _write_atomic(folder / f"{stem}.json", json.dumps(payload, indent=1, ensure_ascii=False))
    _write_atomic(folder / f"{stem}.csv", _csv(payload))
    assert job.document_id is not None
    return _noted(job.document_id, "exported", {"files": [f"{stem}.json", f"{stem}.csv"]})


def _csv(payload: dict[str, Any]) -> str:
    buf = io.StringIO()
    head = ["order_number", "customer_number", "currency", "order_date", "delivery_date"]
    cols = ["position", "sku", "description", "quantity", "unit", "unit_price", "line_total",
            "tax_rate"]  # fmt: skip
    writer = csv.writer(buf)
    writer.writerow(head + cols)
    for li in payload["lines"]:
        writer.writerow([payload[k] for k in head] + [li[k] for k in cols])
    return buf.getvalue()


def _write_atomic(path: Path, text: str) -> None:
    """ERPs polling the folder never see half a file (``models.files``)."""
    write_atomically(path, text.encode("utf-8"))

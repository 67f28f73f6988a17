"""Mail dropped as .eml or delivered into a Maildir: one document per PDF/image attachment,
linked to its message; an order in the body becomes a document; logos are ignored; nested
.eml/.zip are opened within limits."""

from __future__ import annotations

import io

from pypdf import PdfReader
from sqlalchemy import select

from archive.store import open_store
from ingest.intake import Intake
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.ingest_mail import MailDocument, MailMessage
from models.storage import original_key
from tests.ingest import corpus


def _docs_of(
    intake: Intake, message_id: str
) -> tuple[MailMessage, list[tuple[MailDocument, Document]]]:
    with session_scope(intake.settings.db_url) as session:
        message = session.execute(
            select(MailMessage).where(MailMessage.message_id == message_id)
        ).scalar_one()
        rows = session.execute(
            select(MailDocument, Document)
            .join(Document, Document.id == MailDocument.document_id)
            .where(MailDocument.message_id == message.id)
            .order_by(MailDocument.id)
        ).all()
        return message, [(link, doc) for link, doc in rows]


def test_attachments_become_documents_linked_to_the_message(intake: Intake) -> None:
    raw = corpus.mail(
        attachments={
            "po-1.pdf": (corpus.tiny_pdf("PO-1"), "application/pdf"),
            "scan.png": (corpus.png_bytes((400, 400)), "image/png"),
            "terms.docx": (b"PK\x03\x04 not really", "application/octet-stream"),
        },
        inline={"logo": corpus.png_bytes((20, 20), noise=False)},
    )
    path = intake.settings.inbox_dir / "order.eml"
    path.write_bytes(raw)
    result = intake.take_file(path, channel="mail")
    message, docs = _docs_of(intake, "<order-1@customer.example>")
    assert message.sender == "Buyer <buyer@customer.example>"
    assert message.recipients == "orders@supplier.example"
    assert message.subject == "Order" and message.sent_at is not None
    assert message.sent_at.isoformat() == "2026-11-24T09:15:00+00:00"
    by_name = {doc.original_name: (link, doc) for link, doc in docs}
    assert by_name["po-1.pdf"][1].status == DocStatus.RECEIVED
    assert by_name["scan.png"][1].media_type == "image/png"
    assert by_name["terms.docx"][1].status == DocStatus.QUARANTINED  # not silently dropped
    assert "logo" not in " ".join(by_name) and len(docs) == 3
    assert "ignored small image" in (message.problems or "")
    assert {r.outcome for r in result.parts} == {"ingested", "quarantined"}
    assert open_store(intake.settings).exists(original_key(message.sha256))  # raw .eml kept


def test_order_written_in_the_body_becomes_a_pdf_document(intake: Intake) -> None:
    body = "Bonjour,\nMerci de nous livrer :\n- 12 x REF-ABC-1 à 4,50 €\nCommande n° PO-77\n"
    result = intake.take_bytes(
        corpus.mail(body=body, message_id="<body@x>", subject="Commande PO-77"),
        original_name="m.eml",
        channel="mail",
    )
    assert result.outcome == "ingested"
    _message, docs = _docs_of(intake, "<body@x>")
    ((link, doc),) = docs
    assert link.role == "body" and doc.media_type == "application/pdf"
    data = open_store(intake.settings).get(original_key(doc.sha256))
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "REF-ABC-1" in text and "Commande PO-77" in text and "4,50 €" in text


def test_nested_eml_and_zip_are_opened(intake: Intake) -> None:
    inner = corpus.mail(
        attachments={"inner.pdf": (corpus.tiny_pdf("inner"), "application/pdf")},
        message_id="<inner@x>",
    )
    archive = corpus.zip_of({"a/z1.pdf": corpus.tiny_pdf("z1"), "z2.png": corpus.png_bytes()})
    raw = corpus.mail(
        attachments={
            "forwarded.eml": (inner, "message/rfc822"),
            "orders.zip": (archive, "application/zip"),
        },
        message_id="<outer@x>",
    )
    intake.take_bytes(raw, original_name="outer.eml", channel="mail")
    _message, docs = _docs_of(intake, "<outer@x>")
    names = sorted(doc.original_name for _l, doc in docs)
    assert names == ["inner.pdf", "z1.pdf", "z2.png"]
    assert all(doc.status == DocStatus.RECEIVED for _l, doc in docs)


def test_nesting_beyond_the_depth_limit_is_quarantined(intake: Intake) -> None:
    data = corpus.tiny_pdf("deep")
    for level in range(5):
        data = corpus.zip_of({f"level{level}.zip" if level else "deep.pdf": data})
    result = intake.take_bytes(data, original_name="deep.zip", channel="folder")
    assert result.outcome == "quarantined" and "nested deeper" in (result.reason or "")


def test_zip_bomb_inside_a_mail_is_quarantined_and_the_rest_taken(intake: Intake) -> None:
    raw = corpus.mail(
        attachments={
            "po.pdf": (corpus.tiny_pdf("PO-B"), "application/pdf"),
            "bomb.zip": (corpus.zip_bomb(), "application/zip"),
        },
        message_id="<bomb@x>",
    )
    intake.take_bytes(raw, original_name="bomb.eml", channel="mail")
    _message, docs = _docs_of(intake, "<bomb@x>")
    outcome = {doc.original_name: (doc.status, doc.error_code) for _l, doc in docs}
    assert outcome == {
        "po.pdf": (DocStatus.RECEIVED, None),
        "bomb.zip": (DocStatus.QUARANTINED, "zip_bomb"),
    }


def test_malformed_mime_keeps_what_is_readable(intake: Intake) -> None:
    result = intake.take_bytes(corpus.MALFORMED_MIME, original_name="broken.eml", channel="mail")
    # the broken attachment cannot be a document: it goes to quarantine, with the message kept
    assert result.outcome == "quarantined"
    with session_scope(intake.settings.db_url) as session:
        message = session.execute(select(MailMessage)).scalar_one()
        assert message.subject == "broken"
        assert "MIME defects" in (message.problems or "")


def test_a_dropped_zip_is_kept_whole_beside_its_documents(intake: Intake) -> None:
    import hashlib

    raw = corpus.zip_of({"a.pdf": corpus.tiny_pdf("ZA"), "b.pdf": corpus.tiny_pdf("ZB")})
    path = intake.settings.inbox_dir / "orders.zip"
    path.write_bytes(raw)
    result = intake.take_file(path, channel="folder")
    assert sorted(r.outcome for r in result.parts) == ["ingested", "ingested"]
    zip_sha = hashlib.sha256(raw).hexdigest()
    assert open_store(intake.settings).get(original_key(zip_sha)) == raw
    with session_scope(intake.settings.db_url) as session:
        metas = [d.meta["container"] for d in session.execute(select(Document)).scalars()]
    assert {m["sha256"] for m in metas} == {zip_sha}
    assert {m["key"] for m in metas} == {original_key(zip_sha)}
    assert not path.exists()

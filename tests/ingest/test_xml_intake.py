"""Bare XML e-invoices and e-orders at the door and through the pipeline: recognised and
taken in, other XML quarantined with the reason, a failing e-invoice routed to review with
its broken rules, a valid one decided, and the review screen showing the XML's view."""

from __future__ import annotations

from email.message import EmailMessage

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.app import create_app
from archive.store import open_store
from flow.extract import handle_extract
from ingest.intake import Intake
from ingest.sniff import NotADocument, sniff
from jobs.queue import ClaimedJob
from models.db import session_scope
from models.documents import Check, Document
from models.enums import CheckOutcome, DocStatus
from models.ingest_quarantine import QuarantineCase
from models.jobs import Job
from models.review import ReviewTask
from models.settings import Settings
from samples.einvoices import Doc, cii_invoice, orderx, ubl_invoice


def _extract(settings: Settings, document_id: int) -> Document:
    with session_scope(settings.db_url) as session:
        job = session.execute(select(Job).where(Job.document_id == document_id)).scalar_one()
        claimed = ClaimedJob(job.id, job.kind, job.document_id, {}, 1, 5, "test")
    apply = handle_extract(claimed, settings)
    with session_scope(settings.db_url) as session:
        apply(session)
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        session.expunge(doc)
        return doc


def test_sniff_tells_xml_from_html_and_text() -> None:
    assert sniff(b'<?xml version="1.0"?><Invoice/>', 30) == "application/xml"
    assert (
        sniff(b"\xef\xbb\xbf\n  <rsm:CrossIndustryInvoice xmlns:rsm='x'/>", 50) == "application/xml"
    )
    utf16 = '<?xml version="1.0" encoding="UTF-16"?><Order/>'.encode("utf-16")
    assert sniff(utf16, len(utf16)) == "application/xml"
    for not_xml in (b"<!DOCTYPE html><html></html>", b"<html><body>x</body></html>", b"hello <b>"):
        try:
            sniff(not_xml, len(not_xml))
        except NotADocument as exc:
            assert "not a PDF or image" in str(exc)
        else:
            raise AssertionError(f"{not_xml!r} taken for a document")


def test_a_dropped_xml_invoice_is_taken_with_no_page(settings: Settings) -> None:
    path = settings.inbox_dir / "facture.xml"
    path.write_bytes(ubl_invoice(Doc()))
    result = Intake(settings, open_store(settings)).take_file(path)
    assert result.outcome == "ingested" and not path.exists()
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, result.document_id)
        assert doc is not None
        assert (doc.media_type, doc.page_count, doc.status) == (
            "application/xml",
            0,
            DocStatus.RECEIVED,
        )
        kinds = session.execute(select(Job.kind).where(Job.document_id == doc.id)).scalars().all()
        assert kinds == ["extract"]


def test_other_xml_is_quarantined_with_the_reason(settings: Settings) -> None:
    intake = Intake(settings, open_store(settings))
    unknown = intake.take_bytes(
        b'<?xml version="1.0"?><catalogue xmlns="urn:example:cat"><item/></catalogue>',
        original_name="catalogue.xml",
    )
    hostile = intake.take_bytes(
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Invoice>&a;</Invoice>',
        original_name="entities.xml",
    )
    broken = intake.take_bytes(b"<?xml version='1.0'?><Invoice><ID>", original_name="cut.xml")
    assert [r.outcome for r in (unknown, hostile, broken)] == ["quarantined"] * 3
    assert "catalogue" in (unknown.reason or "") and "UBL" in (unknown.reason or "")
    assert "DOCTYPE" in (hostile.reason or "")
    assert "not well-formed" in (broken.reason or "")
    with session_scope(settings.db_url) as session:
        codes = {c.document_id: c.code for c in session.execute(select(QuarantineCase)).scalars()}
    assert codes == {
        unknown.document_id: "unsupported_xml",
        hostile.document_id: "unsupported_xml",
        broken.document_id: "corrupt",
    }
    reasons = sorted(p.read_text() for p in settings.quarantine_dir.glob("*.reason.txt"))
    assert len(reasons) == 3


def test_an_xml_attachment_of_a_mail_is_a_document(settings: Settings) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "compta@fournisseur.fr", "ap@example.com", "Facture"
    msg.set_content("Veuillez trouver notre facture.")
    msg.add_attachment(cii_invoice(Doc()), maintype="text", subtype="xml", filename="facture.xml")
    result = Intake(settings, open_store(settings)).take_bytes(
        msg.as_bytes(), original_name="mail.eml", channel="mail"
    )
    kinds = {(p.original_name, p.outcome) for p in result.all}
    assert ("facture.xml", "ingested") in kinds


def test_a_failing_e_invoice_goes_to_review_with_its_broken_rules(settings: Settings) -> None:
    doc = Doc(allowance=None, charge=None)
    doc.seller.siren = "12345678"
    taken = Intake(settings, open_store(settings)).take_bytes(
        cii_invoice(doc), original_name="facture.xml", channel="upload"
    )
    extracted = _extract(settings, taken.document_id)
    assert extracted.status == DocStatus.IN_REVIEW
    assert extracted.doc_type == "invoice" and extracted.page_count == 0
    assert extracted.extraction["pages"] == 0
    assert extracted.extraction["validation"]["passed"] is False
    with session_scope(settings.db_url) as session:
        checks = (
            session.execute(
                select(Check).where(
                    Check.document_id == taken.document_id, Check.rule == "einvoice_validation"
                )
            )
            .scalars()
            .all()
        )
        # a bad SIREN breaks three French rules: SIREN shape, SIRET/SIREN agreement, legal id
        assert {c.outcome for c in checks} == {CheckOutcome.FAIL}
        by_rule = {c.message.split(":", 1)[0]: c.message for c in checks}
        assert set(by_rule) == {"BR-FR-10_BT-30", "BR-FR-09_BT-29", "BR-FR-32-LEGALID"}
        assert "SIREN" in by_rule["BR-FR-10_BT-30"]
        task = session.execute(
            select(ReviewTask).where(ReviewTask.document_id == taken.document_id)
        ).scalar_one()
        assert task.queue == "needs_review"
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/documents/{taken.document_id}")
        assert page.status_code == 200
        html = page.text
        assert "einvoice-view" in html and doc.seller.name in html and doc.number in html
        assert f"/documents/{taken.document_id}/pages/1.png" not in html
        assert "BR-FR-10_BT-30" in html


def test_a_valid_e_invoice_passes_its_check_and_is_decided(settings: Settings) -> None:
    doc = Doc(allowance=None, charge=None)
    taken = Intake(settings, open_store(settings)).take_bytes(
        ubl_invoice(doc), original_name="invoice.xml", channel="upload"
    )
    extracted = _extract(settings, taken.document_id)
    with session_scope(settings.db_url) as session:
        check = session.execute(
            select(Check).where(
                Check.document_id == taken.document_id, Check.rule == "einvoice_validation"
            )
        ).scalar_one()
        assert check.outcome == CheckOutcome.PASS and "EN 16931" in check.message
    assert extracted.status == DocStatus.APPROVED, extracted.status
    assert extracted.decided_by == "system:touchless"


def test_an_order_x_order_reaches_review_without_a_page(settings: Settings) -> None:
    taken = Intake(settings, open_store(settings)).take_bytes(
        orderx(Doc(number="PO-77001")), original_name="commande.xml", channel="upload"
    )
    extracted = _extract(settings, taken.document_id)
    assert extracted.doc_type == "purchase_order"
    assert extracted.status == DocStatus.IN_REVIEW  # an unknown customer in empty master data
    with TestClient(create_app(settings)) as client:
        html = client.get(f"/documents/{taken.document_id}").text
    assert "einvoice-view" in html and "PO-77001" in html

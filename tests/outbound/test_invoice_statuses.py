"""Decisions on a received e-invoice become French lifecycle statuses, end to end: the real
intake and extract job, the REST decisions a clerk makes, the ``lifecycle_status`` job on a
worker; each status is a CDAR valid against the schema and the BR-FR-CDV rules (the real
schematron process), archived beside its invoice, written to the outbox, recorded in the
audit chain, and delivered signed by the webhook. On SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.app import create_app
from archive.store import open_store
from archive.verify import verify_archive
from einvoice.cdar import read_cdar
from einvoice.validation.cdar import validate_cdar_bytes
from einvoice.xmlread import parse
from models.archive import ArchiveObject
from models.audit import AuditEvent
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus, Role
from models.settings import Settings
from outbound.invoice_statuses import LIFECYCLE_JOB, WEBHOOK_JOB
from samples.einvoices import BUYER, SELLER, Doc, cii_invoice, ubl_invoice
from tests.api.helpers import bearer
from tests.linking.story import run_jobs
from tests.outbound.flow import (
    approve_changed_lines,
    clerk_and_approver,
    document,
    receive,
    statuses,
    webhook_receiver,
)


def invoice(number: str = "FA-2026-0117") -> Doc:
    """A French invoice that passes every check, with a document-level allowance and charge.
    Each number gets its own issue date: two invoices of one supplier with the same amount on
    the same day are held as possible duplicates, which is not what these tests are about."""
    day = int(number.rsplit("-", 1)[-1]) % 28 + 1
    return Doc(number=number, issue_date=date(2026, 9, day))


@pytest.fixture
def app_settings(settings: Settings) -> Settings:
    settings.approvals.touchless = False  # every invoice waits for a clerk
    return settings


def _sent(settings: Settings, document_id: int) -> list[tuple[str, str | None, str | None]]:
    return [
        (r.code, r.reason_code, r.reason_source)
        for r in statuses(settings, document_id=document_id, direction="sent")
    ]


def _archived_cdar(settings: Settings, status_id: int) -> bytes:
    (row,) = statuses(settings, id=status_id)
    assert row.archive_key is not None
    return open_store(settings).get(row.archive_key)


def _events(settings: Settings, document_id: int, action: str) -> list[AuditEvent]:
    with session_scope(settings.db_url) as session:
        rows = list(
            session.execute(
                select(AuditEvent)
                .where(
                    AuditEvent.entity_type == "document",
                    AuditEvent.entity_id == str(document_id),
                    AuditEvent.action == action,
                )
                .order_by(AuditEvent.seq)
            ).scalars()
        )
        session.expunge_all()
        return rows


def test_approval_sends_approuvee_valid_archived_in_the_outbox_and_audited(
    app_settings: Settings,
) -> None:
    settings = app_settings
    doc_id = receive(settings, cii_invoice(invoice()))
    assert document(settings, doc_id).status == DocStatus.IN_REVIEW
    with TestClient(create_app(settings)) as api:
        assert api.post(f"/api/documents/{doc_id}/approve").status_code == 200
    run_jobs(settings, LIFECYCLE_JOB)
    run_jobs(settings, LIFECYCLE_JOB)  # nothing new: a status is sent once
    (row,) = statuses(settings, document_id=doc_id)
    assert (row.direction, row.state, row.code, row.label) == ("sent", "sent", "205", "Approuvée")
    assert row.role == "BY" and row.counterpart == SELLER.name and row.findings == []
    xml = _archived_cdar(settings, row.id)
    assert hashlib.sha256(xml).hexdigest() == row.archive_sha256
    check = validate_cdar_bytes(xml)
    assert check.passed and any("BR-FR-CDV" in c for c in check.checked)
    msg = read_cdar(parse(xml))
    ref = msg.references[0]
    assert (ref.invoice_number, ref.status_code) == ("FA-2026-0117", "205")
    assert msg.issuer is not None and msg.issuer.id_for("0002") == BUYER.siren
    assert msg.recipients[0].endpoint is not None
    assert msg.recipients[0].endpoint.value == SELLER.endpoint
    # the outbox, for the platform connector
    assert row.outbox_file is not None
    outbox = settings.data_dir / "outbox" / row.outbox_file
    assert outbox.read_bytes() == xml
    # beside the invoice in the archive, and in the audit chain
    with session_scope(settings.db_url) as session:
        kinds = set(
            session.execute(
                select(ArchiveObject.kind).where(ArchiveObject.document_id == doc_id)
            ).scalars()
        )
    assert {"original", "lifecycle_sent"} <= kinds
    (event,) = _events(settings, doc_id, "lifecycle_status_sent")
    assert event.data["status"] == "205" and event.data["sha256"] == row.archive_sha256
    with session_scope(settings.db_url) as session:
        report = verify_archive(session, open_store(settings))
    assert report.ok, report.findings


# the statuses a clerk sends by hand, with the reason (and action) codes she picks
_CLERK_STATUSES: dict[str, dict[str, object]] = {
    "refused_by_code": {
        "status": "210", "reason_code": "TX_TVA_ERR", "reason": "TVA à 20 % sur la farine"
    },
    "disputed": {"status": "207", "reason_code": "QTE_ERR", "action_code": "CNP"},
    "suspended": {
        "status": "208", "reason_code": "JUSTIF_ABS", "reason": "bon de livraison absent"
    },
    "partly": {"status": "206", "reason_code": "LIVR_INCOMP", "reason": "livraison partielle"},
}  # fmt: skip


def test_each_decision_gives_its_status_and_reason(app_settings: Settings) -> None:
    settings = app_settings
    ids = {
        name: receive(settings, xml(invoice(f"FA-2026-{n:04d}")), f"{name}.xml")
        for n, (name, xml) in enumerate(
            [
                ("refused", cii_invoice),
                ("refused_by_code", ubl_invoice),
                ("disputed", cii_invoice),
                ("suspended", ubl_invoice),
                ("partly", cii_invoice),
                ("corrected", ubl_invoice),
            ],
            200,
        )
    }
    with TestClient(create_app(settings)) as api:

        def ok(path: str, body: dict[str, object]) -> None:
            r = api.post(path, json=body)
            assert r.status_code == 200, r.text

        ok(f"/api/documents/{ids['refused']}/reject", {"reason": "Facture en doublon, déjà reçue"})
        for name, body in _CLERK_STATUSES.items():
            ok(f"/api/documents/{ids[name]}/lifecycle", body)
        # what the platform rules would refuse is refused here, with the list to choose from
        bad = api.post(
            f"/api/documents/{ids['disputed']}/lifecycle",
            json={"status": "210", "reason_code": "AUTRE"},
        )
        assert bad.status_code == 422 and "TX_TVA_ERR" in bad.json()["detail"]
        missing = api.post(f"/api/documents/{ids['disputed']}/lifecycle", json={"status": "208"})
        assert missing.status_code == 422 and "needs a reason code" in missing.json()["detail"]
        # a clerk lowers a quantity and deletes a line; the lines no longer make the invoiced
        # net, so an approver (another person: 4-eyes) approves it in part with an override
        people = clerk_and_approver(settings)
        corrected = f"/api/documents/{ids['corrected']}"
        lines = api.get(corrected, headers=bearer(people[0])).json()["lines"]
        columns = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")
        kept = [{k: li.get(k) for k in columns} for li in (lines[0], lines[2])]
        kept[0]["quantity"] = "1"
        approve_changed_lines(api, ids["corrected"], kept, people, "1 fourneau livré sur 2")
    run_jobs(settings, LIFECYCLE_JOB)

    assert _sent(settings, ids["refused"]) == [("210", "DOUBLON", "inferred")]
    assert _sent(settings, ids["refused_by_code"]) == [("210", "TX_TVA_ERR", "clerk")]
    assert _sent(settings, ids["disputed"]) == [("207", "QTE_ERR", "clerk")]
    assert _sent(settings, ids["suspended"]) == [("208", "JUSTIF_ABS", "clerk")]
    assert _sent(settings, ids["partly"]) == [("206", "LIVR_INCOMP", "clerk")]
    assert _sent(settings, ids["corrected"]) == [("206", "QTE_ERR", "inferred")]
    # dispute and suspension keep the invoice open, on hold; the others decided it
    assert document(settings, ids["disputed"]).status == DocStatus.IN_REVIEW
    assert document(settings, ids["suspended"]).status == DocStatus.IN_REVIEW
    assert document(settings, ids["refused_by_code"]).status == DocStatus.REJECTED
    assert document(settings, ids["partly"]).status == DocStatus.APPROVED

    for row in statuses(settings, direction="sent"):
        assert row.state == "sent", row.findings
        xml = _archived_cdar(settings, row.id)
        assert validate_cdar_bytes(xml).passed, row.code
        ref = read_cdar(parse(xml)).references[0]
        assert (ref.status_code, ref.reason_code) == (row.code, row.reason_code)
        if row.code == "210" and row.reason_source == "clerk":
            assert ref.reason == "TVA à 20 % sur la farine"
    corrected = read_cdar(parse(_archived_cdar(settings, statuses(
        settings, document_id=ids["corrected"])[0].id))).references[0]  # fmt: skip
    chars = [(c.type_code, c.id, c.value) for d in corrected.details for c in d.characteristics]
    assert ("DIV", "BT-129", "2") in chars and ("DVA", "BT-129", "1") in chars
    assert ("DIV", "BT-126", "2") in chars  # the deleted line, refused
    disputed = statuses(settings, document_id=ids["disputed"])[0]
    assert disputed.action_code == "CNP"
    history = _events(settings, ids["disputed"], "lifecycle_status_sent")
    assert history and "207 En litige" in history[0].data["reason"]


def test_payment_advices_give_encaissee_or_paiement_transmis(app_settings: Settings) -> None:
    settings = app_settings
    ours = receive(settings, cii_invoice(invoice("FA-2026-0300")), "ours.xml")
    theirs = receive(settings, ubl_invoice(invoice("FA-2026-0301")), "theirs.xml")
    with TestClient(create_app(settings)) as api:
        for doc_id in (ours, theirs):
            assert api.post(f"/api/documents/{doc_id}/approve").status_code == 200
    run_jobs(settings, LIFECYCLE_JOB)
    # our own sale: the customer's payment advice says it paid us (a seller's 212)
    settings.einvoicing.company_siren = SELLER.siren
    advice = _payment_advice(settings, "AV-77", [("FA-2026-0300", "1000.00")])
    run_jobs(settings, LIFECYCLE_JOB)
    (cashed,) = statuses(settings, source_document_id=advice)
    assert (cashed.document_id, cashed.code, cashed.role, cashed.amount) == (
        ours,
        "212",
        "SE",
        Decimal("1000.00"),
    )
    men = read_cdar(parse(_archived_cdar(settings, cashed.id))).references[0].details[0]
    assert sum(c.amount or 0 for c in men.characteristics if c.type_code == "MEN") == Decimal(
        "1000.00"
    )
    assert {c.percent for c in men.characteristics} == {Decimal(20), Decimal("5.5")}
    # an invoice we received and paid (we are its buyer): 211
    settings.einvoicing.company_siren = BUYER.siren
    paid = _payment_advice(settings, "VIR-12", [("FA-2026-0301", "500.00")])
    run_jobs(settings, LIFECYCLE_JOB)
    (sent,) = statuses(settings, source_document_id=paid)
    assert (sent.document_id, sent.code, sent.role) == (theirs, "211", "BY")
    for row in (cashed, sent):
        assert validate_cdar_bytes(_archived_cdar(settings, row.id)).passed


def _payment_advice(settings: Settings, number: str, pays: list[tuple[str, str]]) -> int:
    """A payment advice as extraction stores it, approved (the linking tests make them the
    same way): it names the invoices it pays with the amounts."""
    from approvals import review
    from flow.table import follow_decision

    with session_scope(settings.db_url) as session:
        doc = Document(
            sha256=hashlib.sha256(number.encode()).hexdigest(),
            original_name=f"{number}.pdf",
            status=DocStatus.IN_REVIEW,
            doc_type="payment_advice",
            document_number=number,
            customer_name=BUYER.name,
            currency="EUR",
            total_gross=sum((Decimal(a) for _, a in pays), Decimal(0)),
            extraction={
                "doc_type": "payment_advice",
                "fields": {"document_number": {"value": number}},
                "lines": [],
                "references": [{"doc_type": "invoice", "number": n, "amount": a} for n, a in pays],
            },
        )
        session.add(doc)
        session.flush()
        review.approve(
            session, doc, actor="anna", role=Role.APPROVER, settings=settings, reason="paid"
        )
        follow_decision(session, doc.id, settings)
        return doc.id


def test_the_webhook_delivers_each_status_signed_and_retries(app_settings: Settings) -> None:
    settings = app_settings
    with webhook_receiver(fail_first=1) as (url, calls):
        out = settings.approvals.outbound
        out.webhook_url, out.webhook_secret = url, "s3cret"
        doc_id = receive(settings, cii_invoice(invoice()))
        with TestClient(create_app(settings)) as api:
            r = api.post(
                f"/api/documents/{doc_id}/lifecycle",
                json={"status": "210", "reason_code": "CMD_ERR", "reason": "commande inconnue"},
            )
            assert r.status_code == 200, r.text
        run_jobs(settings, LIFECYCLE_JOB)
        with pytest.raises(AssertionError, match="answered 503"):
            run_jobs(settings, WEBHOOK_JOB)  # refused once: the queue retries with backoff
        with session_scope(settings.db_url) as session:
            from models.jobs import Job

            job = session.execute(select(Job).where(Job.kind == WEBHOOK_JOB)).scalar_one()
            job.run_after, job.last_error = job.created_at, None  # the backoff has passed
        run_jobs(settings, WEBHOOK_JOB)
        run_jobs(settings, WEBHOOK_JOB)  # delivered: not sent again
    statuses_of_doc = [c for c in calls if b'"invoice.status_sent"' in c["body"]]
    assert len(statuses_of_doc) == 2  # the refused try, then the accepted one
    call = statuses_of_doc[-1]
    body = call["body"]
    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert call["headers"]["X-Orderdesk-Signature"] == expected
    assert call["headers"]["X-Orderdesk-Event"] == "invoice.status_sent"
    payload = json.loads(body)
    (row,) = statuses(settings, document_id=doc_id)
    assert call["headers"]["Idempotency-Key"] == f"invoice-status-{row.id}"
    assert (payload["status_code"], payload["reason_code"], payload["invoice_number"]) == (
        "210",
        "CMD_ERR",
        "FA-2026-0117",
    )
    assert base64.b64decode(payload["cdar_base64"]) == _archived_cdar(settings, row.id)
    assert row.delivered_at is not None
    assert _events(settings, doc_id, "lifecycle_webhook_delivered")


def test_an_invoice_out_of_scope_sends_nothing(app_settings: Settings, tmp_path: Path) -> None:
    settings = app_settings
    german = invoice("RE-2026-1")
    german.seller.siren = german.seller.siret = german.seller.endpoint = None
    german.seller.vat, german.seller.country, german.billing_mode = "DE123456789", "DE", None
    doc_id = receive(settings, ubl_invoice(german))
    with TestClient(create_app(settings)) as api:
        api.post(f"/api/documents/{doc_id}/approve", json={"reason": "checked"})
        r = api.post(f"/api/documents/{doc_id}/lifecycle", json={"status": "205"})
        assert r.status_code == 422 and "not an e-invoice of a French seller" in r.json()["detail"]
    run_jobs(settings, LIFECYCLE_JOB)
    assert statuses(settings) == []
    assert not (settings.data_dir / "outbox").exists()


def test_the_review_screen_card_disputes_an_invoice(app_settings: Settings) -> None:
    from tests.api.helpers import csrf_of

    settings = app_settings
    doc_id = receive(settings, cii_invoice(invoice()))
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/documents/{doc_id}").text
        card = page[page.index('id="lifecycle"') :]
        assert f'action="/documents/{doc_id}/lifecycle"' in card
        assert "207 En litige" in card and "JUSTIF_ABS" in card
        form = {"csrf_token": csrf_of(page), "status": "208", "reason_code": "AUTRE"}
        refused = client.post(f"/documents/{doc_id}/lifecycle", data=form)
        assert (
            refused.status_code == 200 and "Not sent: reason AUTRE is not allowed" in refused.text
        )
        form.update(status="207", reason_code="PU_ERR", action_code="NIN", reason="prix du devis")
        sent = client.post(f"/documents/{doc_id}/lifecycle", data=form)
        assert "Status 207 En litige recorded" in sent.text
    run_jobs(settings, LIFECYCLE_JOB)
    (row,) = statuses(settings, document_id=doc_id)
    assert (row.code, row.reason_code, row.action_code, row.reason) == (
        "207",
        "PU_ERR",
        "NIN",
        "prix du devis",
    )
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/documents/{doc_id}").text
    assert "→ sent" in page and "queue <b>on hold</b>" in page

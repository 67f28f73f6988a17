"""Lifecycle statuses a platform sends (CDAR), dropped in the watched folder, mailed or
uploaded: recognised at intake, checked, attached to their invoice by its number and the
seller's SIREN (or kept waiting until the invoice comes in), shown on the invoice's page and
in its history, filed rather than reviewed. On SQLite and PostgreSQL."""

from __future__ import annotations

import re
from email.message import EmailMessage

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.app import create_app
from archive.store import open_store
from ingest.intake import EXTRACT_JOB, Intake
from models.archive import ArchiveObject
from models.db import session_scope
from models.enums import DocStatus
from models.review import ReviewTask
from models.settings import Settings
from outbound.invoice_statuses import LIFECYCLE_JOB
from samples.einvoices import SELLER, Doc, cii_invoice, ubl_invoice
from tests.linking.story import run_jobs
from tests.outbound.flow import document, receive, statuses
from tests.support.cdar import platform_status


def _invoice(number: str = "FA-2026-0117") -> bytes:
    return cii_invoice(Doc(number=number, allowance=None, charge=None))


def test_a_status_dropped_in_the_inbox_is_attached_to_its_invoice(settings: Settings) -> None:
    invoice_id = receive(settings, _invoice())
    path = settings.inbox_dir / "CDV-210_FA-2026-0117.xml"
    path.write_bytes(platform_status())
    taken = Intake(settings, open_store(settings)).take_file(path)  # what the watcher does
    assert taken.outcome == "ingested" and not path.exists()
    run_jobs(settings, EXTRACT_JOB)

    (row,) = statuses(settings, direction="received")
    assert (row.document_id, row.state, row.code, row.label) == (
        invoice_id,
        "attached",
        "210",
        "Refusée",
    )
    assert (row.reason_code, row.reason, row.role) == ("TX_TVA_ERR", "Taux de TVA erroné", "BY")
    assert row.findings == []  # it passes the CDAR schema and the BR-FR-CDV rules
    cdar = document(settings, taken.document_id)
    assert cdar.status == DocStatus.ARCHIVED and cdar.decided_by == "system:lifecycle"
    assert "210 Refusée" in (cdar.decision_reason or "")
    with session_scope(settings.db_url) as session:  # filed, not queued for a clerk
        assert (
            session.execute(select(ReviewTask).where(ReviewTask.document_id == cdar.id)).first()
            is None
        )
        parts = session.execute(
            select(ArchiveObject.kind, ArchiveObject.sha256).where(
                ArchiveObject.document_id == invoice_id
            )
        ).all()
    assert ("lifecycle_received", row.archive_sha256) in parts

    with TestClient(create_app(settings)) as client:
        listed = client.get(f"/api/documents/{invoice_id}/lifecycle").json()
        assert [(s["direction"], s["code"], s["reason_code"]) for s in listed] == [
            ("received", "210", "TX_TVA_ERR")
        ]
        assert client.get(listed[0]["xml_url"]).content == platform_status()
        page = client.get(f"/documents/{invoice_id}").text
        panel = page[page.index('id="lifecycle"') :]
        assert "210</b> Refusée" in panel and "TX_TVA_ERR" in panel and "← received" in panel
        history = page[page.index("<summary>History</summary>") :]
        assert "lifecycle_status_received" in history
        assert re.search(r"210 Refusée \(TX_TVA_ERR: Taux de TVA erroné\) from", history)
        cdar_page = client.get(f"/documents/{cdar.id}").text
        assert f'href="/documents/{invoice_id}"' in cdar_page
        assert "Lifecycle status (CDAR)" in cdar_page  # its readable view


def test_a_mailed_status_waits_for_its_invoice_then_is_adopted(settings: Settings) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"] = "statuts@plateforme.example", "factures@example.com"
    msg["Subject"] = "Statut de cycle de vie FA-2026-0500"
    msg.set_content("Statut en pièce jointe.")
    msg.add_attachment(
        platform_status(invoice="FA-2026-0500", code="205", reason_code=None, reason=None,
                        action_code=None, message_id="CDV-205-0500"),
        maintype="application", subtype="xml", filename="CDV-205.xml",
    )  # fmt: skip
    taken = Intake(settings, open_store(settings)).take_bytes(
        msg.as_bytes(), original_name="statut.eml", channel="mail"
    )
    assert ("CDV-205.xml", "ingested") in {(p.original_name, p.outcome) for p in taken.all}
    run_jobs(settings, EXTRACT_JOB)
    (waiting,) = statuses(settings, direction="received")
    assert (waiting.state, waiting.document_id, waiting.code) == ("waiting", None, "205")

    invoice_id = receive(settings, _invoice("FA-2026-0500"))
    (adopted,) = statuses(settings, direction="received")
    assert (adopted.state, adopted.document_id) == ("attached", invoice_id)


def test_an_uploaded_status_of_another_seller_is_not_attached(settings: Settings) -> None:
    receive(settings, _invoice())
    other = platform_status(seller_siren="552100554", message_id="other-seller")
    with TestClient(create_app(settings)) as client:
        r = client.post("/api/documents", files={"file": ("statut.xml", other, "application/xml")})
        assert r.status_code == 201, r.text
    run_jobs(settings, EXTRACT_JOB)
    (row,) = statuses(settings, direction="received")
    assert (row.state, row.document_id, row.seller_siren) == ("waiting", None, "552100554")


def test_a_status_about_an_invoice_in_two_syntaxes_and_the_seller_identified(
    settings: Settings,
) -> None:
    """Two invoices share a number but not their seller: the seller's SIREN decides."""
    other = Doc(number="FA-2026-0117", allowance=None, charge=None)
    other.seller.siren, other.seller.siret = "552100554", "55210055400013"
    other.seller.vat, other.seller.endpoint = "FR40552100554", "552100554"
    theirs = receive(settings, ubl_invoice(other), "other.xml")
    ours = receive(settings, _invoice(), "ours.xml")
    receive(settings, platform_status(), "CDV.xml")
    (row,) = statuses(settings, direction="received")
    assert row.document_id == ours != theirs and row.seller_siren == SELLER.siren


def test_a_broken_status_is_attached_with_its_findings(settings: Settings) -> None:
    invoice_id = receive(settings, _invoice())
    broken = platform_status(reason_code=None, reason=None, action_code=None, message_id="bad")
    receive(settings, broken, "CDV-bad.xml")
    (row,) = statuses(settings, direction="received")
    assert row.document_id == invoice_id
    assert "BR-FR-CDV-15_MDT-113" in {f["rule"] for f in row.findings}
    run_jobs(settings, LIFECYCLE_JOB)
    # the touchless approval of the invoice sent its 205; the status received adds nothing
    assert [(r.code, r.document_id) for r in statuses(settings, direction="sent")] == [
        ("205", invoice_id)
    ]


def test_received_statuses_reach_the_webhook_once(settings: Settings) -> None:
    from outbound.invoice_statuses import WEBHOOK_JOB
    from tests.outbound.flow import webhook_receiver

    with webhook_receiver() as (url, calls):
        settings.approvals.outbound.webhook_url = url
        invoice_id = receive(settings, _invoice())  # approved touchless: 205 sent
        run_jobs(settings, LIFECYCLE_JOB)
        receive(settings, platform_status(), "CDV-210.xml")
        receive(settings, platform_status(invoice="FA-2099-1", message_id="early"), "early.xml")
        run_jobs(settings, WEBHOOK_JOB)
        run_jobs(settings, WEBHOOK_JOB)
    events = sorted(
        (c["headers"]["X-Orderdesk-Event"], c["headers"]["Idempotency-Key"]) for c in calls
    )
    rows = {r.code + ("-waiting" if r.document_id is None else ""): r for r in statuses(settings)}
    assert events == sorted(
        [
            ("invoice.status_sent", f"invoice-status-{rows['205'].id}"),
            ("invoice.status_received", f"invoice-status-{rows['210'].id}"),
            ("invoice.status_received", f"invoice-status-{rows['210-waiting'].id}"),
        ]
    )
    assert rows["210"].document_id == invoice_id
    assert all(r.delivered_at is not None for r in rows.values())

"""``POST /api/documents`` goes through the same intake: 201 new, 200 duplicate, 422 with the
reason for bytes that are not a document (judged by content, not by the name)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.app import create_app
from models.settings import Settings
from tests.ingest import corpus


def test_upload_statuses(lite: Settings) -> None:
    with TestClient(create_app(lite)) as client:
        pdf = corpus.tiny_pdf("PO-UP")
        first = client.post("/api/documents", files={"file": ("po.pdf", pdf)})
        again = client.post("/api/documents", files={"file": ("copy.pdf", pdf)})
        png = client.post("/api/documents", files={"file": ("scan.pdf", corpus.png_bytes())})
        bad = client.post("/api/documents", files={"file": ("x.pdf", corpus.encrypted_pdf())})
        mail = client.post(
            "/api/documents",
            files={
                "file": (
                    "m.eml",
                    corpus.mail(attachments={"a.pdf": (corpus.tiny_pdf("A"), "application/pdf")}),
                )
            },
        )
    assert (first.status_code, first.json()["outcome"]) == (201, "ingested")
    assert (again.status_code, again.json()["outcome"]) == (200, "duplicate")
    assert png.status_code == 201
    assert bad.status_code == 422 and "password" in bad.json()["reason"]
    assert mail.status_code == 201
    with TestClient(create_app(lite)) as client:
        detail = client.get(f"/api/documents/{mail.json()['id']}").json()
        plain = client.get(f"/api/documents/{first.json()['id']}").json()
    # the document an attachment became says which message it came in
    assert detail["original_name"] == "a.pdf"
    assert detail["mail"]["sender"] == "Buyer <buyer@customer.example>"
    assert detail["mail"]["message_id"] == "<order-1@customer.example>"
    assert detail["mail"]["part"].startswith("attachment")
    assert plain["mail"] is None
    with TestClient(create_app(lite), headers={"accept": "text/html"}) as client:
        screen = client.get(f"/documents/{mail.json()['id']}").text
    assert "Came by mail from <b>Buyer &lt;buyer@customer.example&gt;</b>" in screen

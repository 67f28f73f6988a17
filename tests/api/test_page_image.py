"""The review screen's page image is rendered on the server from the archived original."""

from __future__ import annotations

import io

from fastapi.testclient import TestClient
from reportlab.pdfgen import canvas

from api.app import create_app
from archive.store import open_store
from ingest.intake import Intake
from models.settings import Settings


def one_page_pdf() -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(595, 842))
    pdf.drawString(72, 760, "PURCHASE ORDER PO-1")
    pdf.save()
    return buf.getvalue()


def test_page_png_from_the_archive(settings: Settings) -> None:
    result = Intake(settings, open_store(settings)).take_bytes(
        one_page_pdf(), original_name="po.pdf", channel="upload"
    )
    with TestClient(create_app(settings)) as client:
        r = client.get(f"/documents/{result.document_id}/pages/1.png")
        assert r.status_code == 200 and r.headers["content-type"] == "image/png"
        assert r.content.startswith(b"\x89PNG")
        assert list((settings.data_dir / "cache" / "pages").glob("*-1.png"))  # cached
        missing = client.get(f"/documents/{result.document_id}/pages/9.png")
        assert missing.status_code == 404 and "page 9 does not exist" in missing.text

"""Batch scans cut into their documents: separator sheets (blank, QR patch) and a change of
document number or type between pages; each part a document linked to its batch."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import select

from archive.store import open_store
from flow.split import handle_split
from ingest.batches import PageInfo, split_points
from ingest.intake import Intake
from jobs.queue import ClaimedJob
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.jobs import Job
from models.settings.ingest import IngestSettings
from tests.ingest.conftest import make_settings

CFG = IngestSettings()


def test_split_points_by_separator_and_number_or_type_change() -> None:
    pages = [
        PageInfo(1, 0.05, (), "purchase_order", "PO-1"),
        PageInfo(2, 0.04, (), None, None),  # continuation page: no number printed
        PageInfo(3, 0.0001),  # blank separator
        PageInfo(4, 0.05, (), "purchase_order", "PO-2"),
        PageInfo(5, 0.05, (), "purchase_order", "PO-3"),  # number changes: new document
        PageInfo(6, 0.05, (), "delivery_note", None),  # type changes: new document
        PageInfo(7, 0.03, ("orderdesk-separator",)),  # QR patch sheet
        PageInfo(8, 0.05, ("https://pay.example/qr",), "invoice", "F-9"),  # a QR, not a patch
    ]
    assert split_points(pages, CFG) == [[1, 2], [4], [5], [6], [8]]


def _batch_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for text in ("ORDER ALPHA page 1", "ORDER ALPHA page 2"):
        pdf.setFont("Helvetica-Bold", 28)
        pdf.drawString(72, 700, text)
        pdf.rect(60, 300, 470, 350, fill=1)  # enough ink to never look blank
        pdf.showPage()
    pdf.showPage()  # blank separator sheet
    pdf.setFont("Helvetica-Bold", 28)
    pdf.drawString(72, 700, "ORDER BETA")
    pdf.rect(60, 300, 470, 350, fill=1)
    pdf.showPage()
    qr = QrCodeWidget("ORDERDESK-SEPARATOR")
    drawing = Drawing(300, 300)
    qr.barWidth = qr.barHeight = 300
    drawing.add(qr)
    renderPDF.draw(drawing, pdf, 150, 400)
    pdf.showPage()
    pdf.setFont("Helvetica-Bold", 28)
    pdf.drawString(72, 700, "ORDER GAMMA")
    pdf.rect(60, 300, 470, 350, fill=1)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_batch_scan_is_split_into_child_documents(tmp_path: Path, sqlite_url: str) -> None:
    settings = make_settings(tmp_path, sqlite_url)
    intake = Intake(settings, open_store(settings))
    path = settings.inbox_dir / "batch.pdf"
    path.write_bytes(_batch_pdf())
    batch = intake.take_file(path, channel="scan", split_batches=True)
    with session_scope(settings.db_url) as session:
        job = session.execute(select(Job)).scalar_one()
        assert job.kind == "split_batch"
        claimed = ClaimedJob(job.id, job.kind, job.document_id, {}, 1, 5, "w")
    apply = handle_split(claimed, settings)
    with session_scope(settings.db_url) as session:
        apply(session)
    with session_scope(settings.db_url) as session:
        parent = session.get(Document, batch.document_id)
        assert parent is not None and parent.status == DocStatus.SPLIT
        children = (
            session.execute(
                select(Document).where(Document.parent_id == parent.id).order_by(Document.id)
            )
            .scalars()
            .all()
        )
        assert [c.meta["pages"] for c in children] == [[1, 2], [4], [6]]
        assert all(c.status == DocStatus.RECEIVED and c.channel == "scan" for c in children)
        jobs = session.execute(select(Job).where(Job.kind == "extract")).scalars().all()
        assert sorted(j.document_id or 0 for j in jobs) == [c.id for c in children]
        store = open_store(settings)
        first = store.get(f"originals/{children[0].sha256[:2]}/{children[0].sha256}")
        assert len(PdfReader(io.BytesIO(first)).pages) == 2


def test_single_document_batch_is_extracted_whole(tmp_path: Path, sqlite_url: str) -> None:
    settings = make_settings(tmp_path, sqlite_url)
    intake = Intake(settings, open_store(settings))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for i in range(2):
        pdf.drawString(72, 700, f"ORDER ONE page {i + 1}")
        pdf.rect(60, 300, 470, 350, fill=1)
        pdf.showPage()
    pdf.save()
    batch = intake.take_bytes(out.getvalue(), original_name="one.pdf", split_batches=True)
    with session_scope(settings.db_url) as session:
        job = session.execute(select(Job)).scalar_one()
        claimed = ClaimedJob(job.id, job.kind, job.document_id, {}, 1, 5, "w")
    apply = handle_split(claimed, settings)
    with session_scope(settings.db_url) as session:
        apply(session)
        kinds = [(j.kind, j.document_id) for j in session.execute(select(Job)).scalars()]
    assert ("extract", batch.document_id) in kinds

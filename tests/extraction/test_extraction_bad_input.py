"""Every kind of bad input gets its specific ExtractionError, never a crash or a hang."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from extraction.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    TooLargeError,
    UnsupportedFormatError,
)
from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "born_digital" / "classic_invoice_en.pdf"
SETTINGS = ExtractionSettings()


def _pdf(pages: int = 1, text: str = "Facture F-1") -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    for i in range(pages):
        if text:
            c.drawString(72, 720, f"{text} page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_zero_bytes(tmp_path: Path) -> None:
    with pytest.raises(EmptyDocumentError):
        extract(_write(tmp_path, "empty.pdf", b""), settings=SETTINGS)


def test_text_file_named_pdf(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError):
        extract(
            _write(tmp_path, "order.pdf", b"Dear supplier,\nplease send 12 boxes.\n"),
            settings=SETTINGS,
        )


def test_truncated_pdf(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    with pytest.raises(CorruptDocumentError):
        extract(_write(tmp_path, "cut.pdf", data[: len(data) // 2]), settings=SETTINGS)


def test_pdf_with_garbage_body(tmp_path: Path) -> None:
    data = b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n"
    with pytest.raises(CorruptDocumentError):
        extract(_write(tmp_path, "junk.pdf", data), settings=SETTINGS)


def test_encrypted_pdf(tmp_path: Path) -> None:
    writer = PdfWriter()
    for page in PdfReader(SAMPLE).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(EncryptedDocumentError):
        extract(_write(tmp_path, "locked.pdf", buf.getvalue()), settings=SETTINGS)


def test_blank_page(tmp_path: Path) -> None:
    with pytest.raises(EmptyDocumentError):
        extract(_write(tmp_path, "blank.pdf", _pdf(text="")), settings=SETTINGS)


def _long_order(pages: int, rows_per_page: int = 3) -> tuple[bytes, list[str]]:
    """A purchase order whose table runs over ``pages`` pages, totals on the last one."""
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    totals: list[str] = []
    n = 0
    for page in range(pages):
        y = 800
        if page == 0:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(72, y, "BON DE COMMANDE")
            c.setFont("Helvetica", 9)
            c.drawString(72, y - 30, "N° de commande : BC-2026-0050")
            c.drawString(72, y - 44, "Date : 12/03/2026")
            y -= 80
        c.setFont("Helvetica", 9)
        for x, label in ((72, "Réf."), (140, "Désignation"), (380, "Qté"), (470, "Montant HT")):
            c.drawString(x, y, label)
        for _ in range(rows_per_page):
            n += 1
            y -= 14
            c.drawString(72, y, f"A-{n:04d}")
            c.drawString(140, y, f"Article numéro {n}")
            c.drawRightString(400, y, "2")
            c.drawRightString(520, y, f"{n},00")
            totals.append(f"{n}.00")
        if page == pages - 1:
            c.drawString(380, y - 30, "Total HT")
            c.drawRightString(520, y - 30, f"{sum(range(1, n + 1))},00")
        c.drawString(72, 40, f"Page {page + 1} / {pages}")
        c.showPage()
    c.save()
    return buf.getvalue(), totals


def test_fifty_page_document_is_read(tmp_path: Path) -> None:
    """A 50-page order is one document: every page read, the table followed to the end."""
    data, totals = _long_order(50)
    result = extract(_write(tmp_path, "long.pdf", data), settings=SETTINGS)
    assert len(result.pages) == 50
    assert result.doc_type == "purchase_order"
    assert [li.line_total for li in result.lines] == totals
    assert {li.page for li in result.lines} == set(range(1, 51))
    assert result.fields["total_net"].value == f"{sum(range(1, 151))}.00"


def test_more_pages_than_the_limit_is_too_large(tmp_path: Path) -> None:
    data, _ = _long_order(4, rows_per_page=1)
    with pytest.raises(TooLargeError, match="4 pages"):
        extract(_write(tmp_path, "batch.pdf", data), settings=ExtractionSettings(max_pages=3))


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_owner_password_only_pdf_is_read(tmp_path: Path, algorithm: str) -> None:
    """Protected against copying/printing but opening without a password: read normally."""
    writer = PdfWriter()
    for page in PdfReader(SAMPLE).pages:
        writer.add_page(page)
    writer.encrypt(
        user_password="", owner_password="owner", algorithm=algorithm, permissions_flag=0
    )
    buf = io.BytesIO()
    writer.write(buf)
    result = extract(_write(tmp_path, "restricted.pdf", buf.getvalue()), settings=SETTINGS)
    plain = extract(SAMPLE, settings=SETTINGS)
    assert result.doc_type == plain.doc_type == "invoice"
    assert {k: v.value for k, v in result.fields.items()} == {
        k: v.value for k, v in plain.fields.items()
    }
    assert all(p.source == "text" for p in result.pages)


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload))
    )


def test_decompression_bomb_image(tmp_path: Path) -> None:
    """A tiny file that claims 100000 x 100000 pixels is refused before decoding."""
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 1, 0, 0, 0, 0)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + _png_chunk(b"IEND", b"")
    )
    with pytest.raises(TooLargeError):
        extract(_write(tmp_path, "bomb.png", data), settings=SETTINGS)


def test_corrupt_image(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("L", (800, 600), 255).save(buf, format="JPEG")
    data = buf.getvalue()
    with pytest.raises(CorruptDocumentError):
        extract(_write(tmp_path, "scan.jpg", data[:200]), settings=SETTINGS)
    with pytest.raises(CorruptDocumentError):
        extract(
            _write(tmp_path, "scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50),
            settings=SETTINGS,
        )


def test_format_is_detected_by_content_not_name(tmp_path: Path) -> None:
    result = extract(_write(tmp_path, "invoice.jpg", SAMPLE.read_bytes()), settings=SETTINGS)
    assert result.doc_type == "invoice"

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


def test_fifty_pages_is_too_large(tmp_path: Path) -> None:
    with pytest.raises(TooLargeError):
        extract(_write(tmp_path, "batch.pdf", _pdf(pages=50)), settings=SETTINGS)


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

"""Scanned documents through the real tesseract (these fail, not skip, without it)."""

import json
from pathlib import Path

import pytest

from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SETTINGS = ExtractionSettings()


def _case(suffix: str) -> tuple[Path, dict]:
    doc = sorted((SAMPLES / "scans").glob(f"*{suffix}"))[0]
    truth = json.loads(doc.with_name(doc.stem + ".truth.json").read_text("utf-8"))
    return doc, truth


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".pdf", ".tif"])
def test_scan_round_trip(suffix: str) -> None:
    doc, truth = _case(suffix)
    result = extract(doc, settings=SETTINGS)
    assert all(p.source == "ocr" for p in result.pages)
    assert result.doc_type == truth["doc_type"]
    want = {k: v["value"] for k, v in truth["fields"].items()}
    got = {k: v.value for k, v in result.fields.items()}
    right = sum(1 for k, v in want.items() if got.get(k) == v)
    assert right / len(want) >= 0.7, {k: (got.get(k), v) for k, v in want.items()}
    for fv in result.fields.values():
        assert fv.source in ("ocr", "xml")
        assert fv.confidence < 1.0


def test_jpeg_photo_of_a_page_is_read(tmp_path: Path) -> None:
    """A JPEG (no PDF around it) is OCR'd; word boxes land inside the page in PDF points."""
    import pypdfium2 as pdfium

    pdf = SAMPLES / "born_digital" / "classic_invoice_en.pdf"
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text("utf-8"))
    image = pdfium.PdfDocument(pdf.read_bytes())[0].render(scale=250 / 72).to_pil()
    jpeg = tmp_path / "photo.jpg"
    image.convert("L").rotate(-1.5, fillcolor=255).save(jpeg, quality=50, dpi=(250, 250))
    result = extract(jpeg, settings=SETTINGS)
    page = result.pages[0]
    assert page.source == "ocr" and page.words
    assert 580 < page.width < 610  # an A4 page is 595 pt wide
    for w in page.words:
        assert 0 <= w.bbox[0] < w.bbox[2] <= page.width + 1
    assert result.doc_type == "invoice"
    number = truth["fields"]["document_number"]["value"]
    assert result.fields["document_number"].value == number

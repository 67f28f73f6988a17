"""Input kinds and the per-page text-or-OCR decision, through the real tesseract.

Pages are small synthetic ones (big type, few words) so each OCR pass takes about a second.
"""

import io
import os
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from extraction.errors import EmptyDocumentError, UnsupportedFormatError
from extraction.ocr import preprocess
from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings

SETTINGS = ExtractionSettings()
A4 = (595.0, 842.0)


def _page_pdf(pages: list[list[tuple[float, float, str, int]]]) -> bytes:
    """A PDF with text at (x, y-from-top, text, size) on each page."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    for lines in pages:
        for x, y, text, size in lines:
            c.setFont("Helvetica-Bold" if size > 14 else "Helvetica", size)
            c.drawString(x, A4[1] - y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


INVOICE_P1 = [
    (60, 80, "FACTURE", 28),
    (60, 130, "Facture n° FA-2026-0417", 16),
    (60, 160, "Date : 12/03/2026", 16),
    (60, 190, "Conditions de paiement : 30 jours fin de mois", 16),
]
INVOICE_P2 = [
    (60, 50, "Suite de la facture précédente, page deux", 16),
    (60, 80, "Total HT : 1 000,00 €", 16),
    (60, 110, "TVA 20 % : 200,00 €", 16),
    (60, 140, "Total TTC : 1 200,00 €", 16),
]


def _images(pdf: bytes, dpi: int = 200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _check_invoice(result: object) -> None:
    fields = result.fields  # type: ignore[attr-defined]
    assert result.doc_type == "invoice"  # type: ignore[attr-defined]
    assert fields["document_number"].value == "FA-2026-0417"
    assert fields["document_date"].value == "2026-03-12"
    assert fields["total_gross"].value == "1200.00"
    assert fields["total_gross"].page == 2


def test_multi_page_tiff(tmp_path: Path) -> None:
    first, *rest = _images(_page_pdf([INVOICE_P1, INVOICE_P2]))
    buf = io.BytesIO()
    first.save(buf, format="TIFF", save_all=True, append_images=rest, dpi=(200, 200))
    result = extract(_write(tmp_path, "scan.tif", buf.getvalue()), settings=SETTINGS)
    assert [p.source for p in result.pages] == ["ocr", "ocr"]
    _check_invoice(result)
    box = result.fields["document_number"].bbox
    assert box is not None and 50 < box[0] < box[2] < 400 and 100 < box[1] < box[3] < 150


def test_png_page_turned_upside_down_is_read_after_osd(tmp_path: Path) -> None:
    """Orientation detection: a page scanned the wrong way round is turned, then read."""
    (image,) = _images(_page_pdf([[*INVOICE_P1, (60, 200, "Total TTC : 1 200,00 €", 16)]]))
    buf = io.BytesIO()
    image.rotate(180).save(buf, format="PNG", dpi=(200, 200))
    result = extract(_write(tmp_path, "upside.png", buf.getvalue()), settings=SETTINGS)
    assert result.doc_type == "invoice"
    assert result.fields["document_number"].value == "FA-2026-0417"


def test_mixed_pdf_decides_per_page(tmp_path: Path) -> None:
    """Page 1 has a text layer; page 2 is a scan in the same PDF and gets OCR'd."""
    scan = _images(_page_pdf([INVOICE_P2]))[0]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    for x, y, text, size in INVOICE_P1:
        c.setFont("Helvetica", size)
        c.drawString(x, A4[1] - y, text)
    c.showPage()
    c.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    result = extract(_write(tmp_path, "mixed.pdf", buf.getvalue()), settings=SETTINGS)
    assert [p.source for p in result.pages] == ["text", "ocr"]
    _check_invoice(result)
    assert result.fields["document_number"].source == "text"
    assert result.fields["total_gross"].source == "ocr"


def test_garbage_text_layer_is_not_trusted(tmp_path: Path) -> None:
    """A text layer of nonsense (a broken font encoding) over a blank page: OCR is asked,
    finds nothing, and the document is reported empty instead of read as nonsense."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    text = c.beginText(60, 700)
    text.setTextRenderMode(3)  # invisible, like an OCR layer
    text.textLine("xqzkw vbnmt rtzpq wxcvb nmlkj hgfds qwrtz pklmn bvcxz")
    c.drawText(text)
    c.showPage()
    c.save()
    with pytest.raises(EmptyDocumentError):
        extract(_write(tmp_path, "garbage.pdf", buf.getvalue()), settings=SETTINGS)


def test_random_bytes_and_blank_image(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError):
        extract(_write(tmp_path, "noise.pdf", os.urandom(4096)), settings=SETTINGS)
    buf = io.BytesIO()
    Image.new("L", (1654, 2339), 255).save(buf, format="PNG")
    with pytest.raises(EmptyDocumentError):
        extract(_write(tmp_path, "white.png", buf.getvalue()), settings=SETTINGS)


def test_skew_is_measured() -> None:
    (image,) = _images(_page_pdf([INVOICE_P1 + INVOICE_P2]), dpi=100)
    turned = image.rotate(2.0, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert abs(preprocess.skew_angle(np.asarray(turned)) + 2.0) <= 0.3
    assert abs(preprocess.skew_angle(np.asarray(image))) <= 0.2


def test_rotation_matches_pillow() -> None:
    """The page is turned the way ``Image.rotate`` turns it (the sign and the centre the
    skew angle assumes), keeps its size and gets white corners."""
    (image,) = _images(_page_pdf([INVOICE_P1 + INVOICE_P2]), dpi=100)
    ours = preprocess.rotate(np.asarray(image), 2.0)
    pillow = image.rotate(2.0, resample=Image.Resampling.BILINEAR, fillcolor=255)
    assert ours.shape == (image.height, image.width) and ours.dtype == np.uint8
    diff = np.abs(ours.astype(np.int16) - np.asarray(pillow, dtype=np.int16))
    assert float(diff.mean()) < 1.0
    assert ours[0, 0] == 255 and ours[0, image.width - 1] == 255
    assert abs(preprocess.skew_angle(ours) + 2.0) <= 0.3


def test_reverse_video_band_is_inverted() -> None:
    image = Image.new("L", (1000, 1400), 255)
    band = Image.new("L", (900, 40), 0)
    image.paste(band, (50, 100))
    image.paste(Image.new("L", (20, 20), 255), (100, 110))  # "white text" inside
    out = preprocess.invert_bands(np.asarray(image))
    assert out[105, 60] == 255  # the band turned white
    assert out[115, 105] == 0  # its text turned dark
    assert out[300, 60] == 255  # the rest untouched


def test_tesseract_runs_one_thread() -> None:
    from extraction.ocr import tesseract

    assert tesseract.os.environ["OMP_THREAD_LIMIT"] == "1"
    assert preprocess.cv2.getNumThreads() == 1  # the page clean-up too


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_provenance_is_stored_with_the_document(session: object, tmp_path: Path) -> None:
    from approvals.receive import save_extraction
    from models.documents import Document, ExtractedField

    pdf = _write(tmp_path, "p.pdf", _page_pdf([INVOICE_P1, INVOICE_P2]))
    result = extract(pdf, settings=SETTINGS)
    doc = Document(sha256="0" * 64, original_name="p.pdf")
    session.add(doc)  # type: ignore[attr-defined]
    save_extraction(session, doc, result)  # type: ignore[arg-type]
    session.commit()  # type: ignore[attr-defined]
    stored = session.scalars(  # type: ignore[attr-defined]
        select(ExtractedField).where(ExtractedField.document_id == doc.id)
    ).all()
    by_name = {f.name: f for f in stored}
    number = by_name["document_number"]
    want = result.fields["document_number"]
    assert (number.value, number.page, number.source) == (want.value, 1, "text")
    assert number.bbox == list(want.bbox) and number.confidence == want.confidence
    assert by_name["total_gross"].page == 2


def test_one_tesseract_run_reads_several_pages_as_separate_runs_would() -> None:
    from extraction.ocr import tesseract

    images = _images(_page_pdf([INVOICE_P1, INVOICE_P2]))
    together = tesseract.images_to_words(images)
    alone = [tesseract.image_to_words(image) for image in images]
    assert together == alone
    assert "FA-2026-0417" in [w.text for w in together[0]]
    assert "TTC" in [w.text for w in together[1]]


def test_scanned_pages_are_ocrd_in_batches_in_page_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extraction import pages
    from extraction.ocr import tesseract

    runs: list[int] = []
    real = tesseract.images_to_words

    def counting(images: list[Image.Image], *args: object) -> list[list[tesseract.OcrWord]]:
        runs.append(len(images))
        return real(images, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pages, "OCR_BATCH", 2)
    monkeypatch.setattr(tesseract, "images_to_words", counting)
    notes: list[tuple[float, float, str, int]] = [
        (60, 50, "Notes de livraison : quai numéro deux", 16)
    ]
    p1, p2, p3 = _images(_page_pdf([INVOICE_P1, INVOICE_P2, notes]))
    blank = Image.new("L", p1.size, 255)
    buf = io.BytesIO()
    p1.save(buf, format="TIFF", save_all=True, append_images=[blank, p2, p3], dpi=(200, 200))
    result = extract(_write(tmp_path, "four.tif", buf.getvalue()), settings=SETTINGS)
    assert runs == [2, 1]  # pages 1 and 3 in one run, page 4 in the next; page 2 is blank
    assert [p.number for p in result.pages] == [1, 2, 3, 4]
    assert result.pages[1].text == ""
    assert "quai" in result.pages[3].text
    assert result.fields["total_gross"].page == 3
    assert result.fields["document_number"].value == "FA-2026-0417"


def test_a_stroke_opening_a_number_cell_is_read_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second look at a table's columns: tesseract gives the "1" of a serif face back
    as "l" or "|"; in a number column, first on its line and as tall as the digits, it is a
    "1" (for a clerk to confirm); after a number, or in a unit column, it stays what it is."""
    from extraction import pages
    from extraction.ocr import tesseract

    def word(
        text: str, left: int, top: int, width: int = 30, height: int = 25
    ) -> tesseract.OcrWord:
        return tesseract.OcrWord(text, left, top, width, height, 0.9, 1, 1)

    quantities = [
        word("250", 10, 0, 53),
        word("|", 40, 40, 5),  # a lone "1"
        word("l", 40, 80, 5),
        word("drum", 60, 80, 60),  # "1 drum"
        word("5", 30, 120, 14),
        word("l", 50, 120, 5),  # "5 l": a litre, not a one
        word("|", 40, 160, 5, 80),  # a rule as tall as three rows
        word("1", 40, 240, 6),  # a "1" read as one keeps its confidence
    ]
    units = [word("m", 10, 0, 20), word("l", 10, 40, 5)]
    monkeypatch.setattr(tesseract, "read_regions", lambda *a, **k: [quantities, units])
    image = np.full((400, 400), 255, dtype=np.uint8)
    read = pages.region_reader({1: (image, 0.5)}, SETTINGS)
    words = read(1, [(0, 0, 100, 200), (100, 0, 150, 200)], [True, False], [(0, 200)])
    by_top = sorted((w.bbox[1], w.bbox[0], w.text, w.confidence) for w in words)
    ones = [(top, text, conf) for top, _x, text, conf in by_top if text == "1"]
    assert ones == [(20.0, "1", 0.5), (40.0, "1", 0.5), (120.0, "1", 0.9)]
    assert [t for _y, _x, t, _c in by_top if t in ("l", "|")] == ["l", "l"]  # litre, unit


def test_a_second_look_blanks_the_rows_it_does_not_need(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract's time goes with the text it reads: rows outside the bands are white."""
    from extraction import pages
    from extraction.ocr import tesseract

    image = np.zeros((400, 400), dtype=np.uint8)  # all ink
    seen: list[np.ndarray] = []

    def capture(images: list[np.ndarray], *args: object, **kwargs: object) -> list[list[object]]:
        seen.extend(images)
        return [[] for _ in images]

    monkeypatch.setattr(tesseract, "read_regions", capture)
    read = pages.region_reader({1: (image, 0.5)}, SETTINGS)
    read(1, [(0, 10, 100, 190)], [True], [(40, 50), (100, 120)])
    (crop,) = seen
    dark_rows = np.flatnonzero((crop < 128).any(axis=1))
    # from the first band's top (80 px) to the last one's bottom (240 px), the gap white
    assert crop.shape[0] == 240 - 80
    assert set(dark_rows) == set(range(0, 20)) | set(range(120, 160))


def test_boxes_on_a_skewed_scan_are_where_the_words_are_on_the_scan(tmp_path: Path) -> None:
    """The page is straightened for OCR, but the review screen draws boxes over the scan
    as it came: a value's box is turned back onto it."""
    page = [
        (60, 80, "FACTURE", 28),
        (40, 700, "Facture n° FA-2026-0417", 16),
        (40, 730, "Date : 12/03/2026", 16),
    ]
    (image,) = _images(_page_pdf([page]))

    def read(img: Image.Image, name: str) -> tuple[float, float]:
        buf = io.BytesIO()
        img.save(buf, format="PNG", dpi=(200, 200))
        result = extract(_write(tmp_path, name, buf.getvalue()), settings=SETTINGS)
        assert result.fields["document_number"].value == "FA-2026-0417"
        box = result.fields["document_number"].bbox
        assert box is not None
        return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2

    x, y = read(image, "straight.png")
    angle = 3.5
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    tx, ty = read(turned, "turned.png")
    # where the turn (counter-clockwise on the page, y down) took the word's centre
    cx, cy = A4[0] / 2, A4[1] / 2
    a = np.radians(angle)
    ex = cx + np.cos(a) * (x - cx) + np.sin(a) * (y - cy)
    ey = cy - np.sin(a) * (x - cx) + np.cos(a) * (y - cy)
    assert abs(ex - x) > 10 and abs(ey - y) > 6  # far enough to tell the frames apart
    assert abs(tx - ex) < 2 and abs(ty - ey) < 2


def _as_pdf(image: Image.Image) -> bytes:
    """A PDF page the size of ``image`` at 200 dpi, the image covering it: a scan."""
    size = (image.width * 72 / 200, image.height * 72 / 200)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size, invariant=1)
    c.drawImage(ImageReader(image), 0, 0, width=size[0], height=size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("turn", "kind"), [(90, "png"), (-90, "pdf")])
def test_boxes_on_a_page_scanned_sideways_are_where_the_words_are_on_the_scan(
    tmp_path: Path, turn: int, kind: str
) -> None:
    """A page fed in sideways is turned upright to be read (orientation detection); the
    review screen shows it as it came, so the boxes and the page size are of that scan."""
    page = [
        (60, 80, "FACTURE", 28),
        (40, 200, "Facture n° FA-2026-0417", 16),
        (40, 230, "Date : 12/03/2026", 16),
        (40, 260, "Conditions de paiement : 30 jours fin de mois", 16),
        (40, 290, "Total TTC : 1 200,00 €", 16),
    ]
    (image,) = _images(_page_pdf([page]))

    def read(img: Image.Image, name: str) -> tuple[float, float, object]:
        buf = io.BytesIO()
        img.save(buf, format="PNG", dpi=(200, 200))
        data = _as_pdf(img) if name.endswith(".pdf") else buf.getvalue()
        result = extract(_write(tmp_path, name, data), settings=SETTINGS)
        assert result.fields["document_number"].value == "FA-2026-0417"
        box = result.fields["document_number"].bbox
        assert box is not None
        return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, result

    x, y, _ = read(image, "upright.png")
    sx, sy, result = read(image.rotate(turn, expand=True), f"sideways.{kind}")
    (scanned,) = result.pages  # type: ignore[attr-defined]
    assert (round(scanned.width), round(scanned.height)) == (round(A4[1]), round(A4[0]))
    # where the turn took the word's centre: counter-clockwise (90) or clockwise (-90)
    ex, ey = (y, A4[0] - x) if turn == 90 else (A4[1] - y, x)
    assert abs(sx - ex) < 2 and abs(sy - ey) < 2

"""Born-digital words read by pdfium (extraction/text_layer.py) are the words pdfplumber's
``extract_words`` reads, at the tolerances extraction uses: same texts, boxes within half a
point; and read_pdf falls back to pdfplumber where pdfium's reading does not cover a page."""

from __future__ import annotations

import io
import os
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
import reportlab
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extraction import pages, text_layer
from models.settings.extraction import ExtractionSettings
from tests.extraction.pages_for_tests import Text, pdf
from tests.support.rawpdf import pdf_of_objects

VERA = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
pdfmetrics.registerFont(TTFont("VeraTest", VERA))

INVOICE = [
    Text(40, 40, "ACME Outillage SAS", 14, bold=True),
    Text(40, 70, "Facture n° FA-2024-0118 du 12/03/2024"),
    Text(40, 84, "Référence client : CL-0042"),
    Text(40, 130, "Désignation"),
    Text(300, 130, "Qté"),
    Text(360, 130, "Prix unitaire"),
    Text(480, 130, "Montant"),
    Text(40, 146, "Clé dynamométrique 1/2"),
    Text(300, 146, "2"),
    Text(360, 146, "84,50"),
    Text(480, 146, "169,00"),
    Text(40, 300, "Total HT 169,00 EUR", 9),
]


def _plumber(data: bytes, index: int = 0) -> list[dict[str, Any]]:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return doc.pages[index].extract_words(
            x_tolerance=text_layer.X_TOLERANCE,
            y_tolerance=text_layer.Y_TOLERANCE,
            keep_blank_chars=False,
        )


def _pdfium(data: bytes, index: int = 0) -> list[dict[str, Any]]:
    doc = pdfium.PdfDocument(data)
    try:
        read = text_layer.page_chars(doc[index])
        assert read is not None, "pdfium's reading should cover this page"
        return text_layer.words(read[0])
    finally:
        doc.close()


def _same(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> None:
    assert [w["text"] for w in ours] == [w["text"] for w in theirs]
    for a, b in zip(ours, theirs, strict=True):
        for key in ("x0", "top", "x1", "bottom"):
            assert abs(float(a[key]) - float(b[key])) <= 0.5, (a["text"], key, a[key], b[key])
        assert a["upright"] == b["upright"]


def _canvas_pdf(draw: Any) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    draw(c)
    c.showPage()
    c.save()
    return out.getvalue()


def test_words_of_a_generated_invoice_are_pdfplumbers() -> None:
    data = pdf(*INVOICE)
    ours = _pdfium(data)
    _same(ours, _plumber(data))
    assert "FA-2024-0118" in [w["text"] for w in ours]


def test_turned_text_reads_as_pdfplumber_reads_it() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 10)
        c.drawString(40, 780, "Bon de livraison BL-77")
        for angle, (x, y) in ((90, (560, 300)), (180, (400, 500)), (270, (60, 400))):
            c.saveState()
            c.translate(x, y)
            c.rotate(angle)
            c.drawString(0, 0, "Copie client 2024")
            c.restoreState()

    data = _canvas_pdf(draw)
    ours = _pdfium(data)
    _same(ours, _plumber(data))
    assert any(not w["upright"] for w in ours), "the quarter-turned text is not upright"


def test_a_ligature_glyph_reads_as_its_letters() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("VeraTest", 11)
        c.drawString(40, 780, "Conditions de paiement")
        c.drawString(40, 760, "Facture \ufb01nale \ufb02exible")

    data = _canvas_pdf(draw)
    ours = _pdfium(data)
    _same(ours, _plumber(data))
    assert "finale" in [w["text"] for w in ours]
    assert "flexible" in [w["text"] for w in ours]


def test_a_space_drawn_as_its_own_object_still_ends_the_word() -> None:
    """A browser prints the thin space of "1 535,00" as a text object of its own, which
    pdfium's text leaves out; pdfplumber splits the number there, and so does the reading."""

    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 10)
        c.drawString(40, 780, "Montant total")
        one = pdfmetrics.stringWidth("1", "Helvetica", 10)
        c.drawString(400, 780, "1")
        c.drawString(400 + one, 780, " ")
        c.drawString(400 + one + 1.0, 780, "535,00")

    data = _canvas_pdf(draw)
    ours = _pdfium(data)
    _same(ours, _plumber(data))
    assert [w["text"] for w in ours][-2:] == ["1", "535,00"]


def test_text_inside_a_form_xobject_is_read() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.beginForm("footer")
        c.setFont("Helvetica", 8)
        c.drawString(40, 40, "SIRET 123 456 789 00012 - TVA FR12345678901")
        c.endForm()
        c.setFont("Helvetica", 10)
        c.drawString(40, 780, "Commande d'achat CA-5521")
        c.doForm("footer")

    data = _canvas_pdf(draw)
    ours = _pdfium(data)
    _same(ours, _plumber(data))
    assert "FR12345678901" in [w["text"] for w in ours]


def test_a_pdf_with_an_owner_password_reads_the_same_words() -> None:
    reader = PdfReader(io.BytesIO(pdf(*INVOICE)))
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(user_password="", owner_password="secret-owner")
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    read = pages.read_pdf(data, ExtractionSettings())
    assert read[0].source == "text"
    plain = pages.read_pdf(pdf(*INVOICE), ExtractionSettings())
    assert [w.text for w in read[0].words] == [w.text for w in plain[0].words]
    assert [w.bbox for w in read[0].words] == [w.bbox for w in plain[0].words]


def test_read_pdf_takes_pdfiums_words_and_pdfplumber_gives_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = pdf(*INVOICE)
    settings = ExtractionSettings()

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("pdfplumber parsed a page pdfium reads")

    with monkeypatch.context() as m:
        m.setattr(pdfplumber.page.Page, "extract_words", refuse)
        fast = pages.read_pdf(data, settings)
    with monkeypatch.context() as m:
        m.setattr(text_layer, "page_chars", lambda *_args: None)
        slow = pages.read_pdf(data, settings)
    assert fast[0].source == slow[0].source == "text"
    assert (fast[0].width, fast[0].height) == (slow[0].width, slow[0].height)
    assert [w.text for w in fast[0].words] == [w.text for w in slow[0].words]
    for a, b in zip(fast[0].words, slow[0].words, strict=True):
        assert all(abs(p - q) <= 0.5 for p, q in zip(a.bbox, b.bbox, strict=True))


def test_a_turned_page_is_left_to_pdfplumber() -> None:
    reader = PdfReader(io.BytesIO(pdf(*INVOICE)))
    writer = PdfWriter(clone_from=reader)
    writer.pages[0].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    doc = pdfium.PdfDocument(out.getvalue())
    try:
        assert text_layer.page_chars(doc[0]) is None
    finally:
        doc.close()
    read = pages.read_pdf(out.getvalue(), ExtractionSettings())
    assert read[0].source == "text"
    assert "FA-2024-0118" in read[0].text


def _type3_pdf(bbox_bottom: int) -> bytes:
    """A page whose text is drawn in a Type3 font (no descriptor: pdfminer takes its descent
    from the font's FontBBox), beside a line in Helvetica."""
    glyph = b"0 0 500 0 0 -150 500 700 d1 50 0 400 700 re f"
    content = (
        b"BT /F1 10 Tf 50 760 Td (Bon de commande) Tj ET "
        b"BT /T3 12 Tf 50 700 Td (ABBA AB) Tj ET BT /T3 12 Tf 50 650 Td (BAB) Tj ET"
    )
    return pdf_of_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /T3 5 0 R /F1 8 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            b"<< /Type /Font /Subtype /Type3 /FontBBox [0 %d 500 700] "
            b"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /A 6 0 R /B 7 0 R >> "
            b"/Encoding << /Type /Encoding /Differences [65 /A /B] >> "
            b"/FirstChar 65 /LastChar 66 /Widths [500 500] >>" % bbox_bottom,
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(glyph), glyph),
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(glyph), glyph),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


@pytest.mark.parametrize("bbox_bottom", [0, -200])
def test_type3_text_takes_pdfminers_box(bbox_bottom: int) -> None:
    data = _type3_pdf(bbox_bottom)
    with pdfplumber.open(io.BytesIO(data)) as doc:
        descent = text_layer.type3_descent(doc.pages[0].page_obj.resources)
    assert descent == pytest.approx(bbox_bottom / 1000)
    pdf_doc = pdfium.PdfDocument(data)
    try:
        read = text_layer.page_chars(pdf_doc[0], descent)
        assert read is not None
        ours = text_layer.words(read[0])
    finally:
        pdf_doc.close()
    _same(ours, _plumber(data))
    assert [w["text"] for w in ours][-3:] == ["ABBA", "AB", "BAB"]

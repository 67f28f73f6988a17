"""Two lines set side by side a few points apart are each one line on a scan too: OCR's
boxes hug the ink, so "Ateliers Faure SA" beside "Établissements Brun EURL" overlapped the
row's band too little, and the row took "Ateliers" and left "Faure SA" a row of its own
(erp_odoo of ocr8-b seed 8802, supplier read 'Ateliers'). Boxes measured on its 300 dpi scan."""

from extraction.layout import build_layout
from extraction.result import Source, Word


def _w(text: str, x0: float, top: float, x1: float, bottom: float, source: Source) -> Word:
    return Word(text=text, bbox=(x0, top, x1, bottom), source=source, confidence=0.96)


def _rows(source: Source) -> list[str]:
    words = [
        _w("Établissements", 39.8, 138.7, 93.4, 146.4, source),
        _w("Brun", 96.5, 140.6, 112.8, 146.4, source),
        _w("EURL", 115.9, 140.6, 134.2, 146.4, source),
        _w("Ateliers", 316.6, 143.5, 345.1, 150.0, source),
        _w("Faure", 348.0, 144.0, 368.6, 150.0, source),
        _w("SA", 371.3, 144.0, 380.6, 150.0, source),
        _w("Service", 39.4, 151.2, 65.0, 157.4, source),
    ]
    layout = build_layout(words, 1, 595, 842)
    return [" | ".join(s.text for s in row.segments) for row in layout.rows]


def test_an_ocr_line_beside_another_stays_whole() -> None:
    assert any(row.endswith("Ateliers Faure SA") for row in _rows("ocr"))


def test_the_text_layer_rows_are_as_before() -> None:
    assert "Faure SA" in _rows("text")

"""Header fields of pages read by OCR (words given as tesseract returns them, no tesseract
here): a value read only by undoing OCR damage is taken, and shown as unsure."""

from __future__ import annotations

import pytest

from extraction.assemble import build_result
from extraction.layout import build_layout
from extraction.result import ExtractionResult, PageResult, Word

ACCEPT = 0.9


def _line(y: float, parts: list[tuple[str, float]], conf: float = 0.95) -> list[Word]:
    source = "ocr" if conf < 1 else "text"
    return [
        Word(text=t, bbox=(x, y, x + 6 * len(t), y + 9), confidence=conf, source=source)
        for t, x in parts
    ]


def _page(words: list[Word], source: str = "ocr") -> ExtractionResult:
    page = PageResult(number=1, text="", source=source, width=595, height=842, words=words)  # type: ignore[arg-type]
    return build_result([page], [build_layout(words, 1, 595, 842)])


def _delivery_note(number_words: list[tuple[str, float]]) -> list[Word]:
    return [
        *_line(40, [("Transports", 40), ("Rapides", 110)]),
        *_line(40, [("BON", 380), ("DE", 410), ("LIVRAISON", 430)]),
        *_line(80, [("N°", 40), ("de", 56), ("BL", 72), (":", 88), *number_words]),
    ]


def test_a_number_read_only_by_undoing_ocr_damage_is_taken_but_not_auto_accepted() -> None:
    result = _page(_delivery_note([("BL:2026-7268", 100)]))
    assert result.doc_type == "delivery_note"
    number = result.fields["document_number"]
    assert number.value == "BL-2026-7268"
    assert number.confidence < ACCEPT


def test_a_text_layer_number_is_taken_as_printed() -> None:
    """No OCR, no look-alikes to undo: "A1B-22" printed is "A1B-22"."""
    words = [
        *_line(40, [("Contoso", 40)], 1.0),
        *_line(40, [("INVOICE", 420)], 1.0),
        *_line(80, [("Invoice", 40), ("No", 86), ("A1B-22", 120)], 1.0),
    ]
    assert _page(words, "text").fields["document_number"].value == "A1B-22"


def test_a_net_total_under_a_garbled_label_is_the_amount_gross_minus_tax() -> None:
    """ "Total HT" read as "Total ar": the printed amount equal to gross - tax is the net
    total, and a clerk confirms it."""
    words = [*_line(40, [("Atelier", 40), ("Marchand", 90)]), *_line(40, [("FACTURE", 420)])]
    for y, label, amount in (
        (400, [("Total", 330), ("ar", 370)], [("10", 480), ("810,20", 500), ("€", 540)]),
        (420, [("Total", 330), ("TVA", 370)], [("1", 492), ("711,61", 500), ("€", 540)]),
        (440, [("Montant", 330), ("TTC", 380)], [("12", 480), ("521,81", 500), ("€", 540)]),
    ):
        words += _line(y, label) + _line(y, amount)
    result = _page(words)
    assert result.fields["total_net"].value == "10810.20"
    assert result.fields["total_gross"].value == "12521.81"
    assert result.fields["total_net"].confidence < ACCEPT


@pytest.mark.parametrize(
    ("ocr", "value"),
    [
        ("BL:2026-7268", "BL-2026-7268"),  # the dash after the prefix read as a colon
        ("BL-2026- 1594", "BL-2026-1594"),  # split at a hyphen
    ],
)
def test_identifier_ocr_damage_is_undone(ocr: str, value: str) -> None:
    parts, x = [], 100.0
    for part in ocr.split(" "):
        parts.append((part, x))
        x += 6 * len(part) + 4
    assert _page(_delivery_note(parts)).fields["document_number"].value == value

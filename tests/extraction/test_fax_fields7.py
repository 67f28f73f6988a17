"""Header fields of fax pages: dates OCR damaged (letters read for digits, separators lost,
one digit read as its look-alike) read back under their label, never shown sure."""

from __future__ import annotations

from datetime import date

import pytest

from extraction import repairs
from extraction.assemble import build_result
from extraction.layout import build_layout
from extraction.parse.dates import damaged_date
from extraction.result import ExtractionResult, PageResult, Word
from tests.extraction.scans_for_tests import placed


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("12/O3/2025", date(2025, 3, 12)),  # O for 0
        ("l2/03/2025", date(2025, 3, 12)),  # l for 1, which find_dates reads as the 2nd
        ("1203 2025", date(2025, 3, 12)),  # the slashes lost
        ("2026 03 09", date(2026, 3, 9)),
        ("12032025", date(2025, 3, 12)),
        ("3I.O1.2024", date(2024, 1, 31)),
        ("2O25-O3-12", date(2025, 3, 12)),  # ISO
        ("38/03/2025", date(2025, 3, 30)),  # the one look-alike of 8 that makes a date
        ("12/03/2824", date(2024, 3, 12)),  # a calendar date, but no year of business
        ("4, Februar 2026", date(2026, 2, 4)),  # the day's dot read as a comma
        ("l2 mars 2O25", date(2025, 3, 12)),
    ],
)
def test_a_damaged_date_is_read_back(read: str, printed: date) -> None:
    found = damaged_date(read)
    assert found is not None and found[0] == printed
    assert found[1] > 0  # undoing a glyph costs evidence


@pytest.mark.parametrize(
    "read",
    [
        "12/03/2025",  # a date as read: no repair
        "IO/OI",  # mostly letters: a word
        "31/13/2025",  # no single look-alike makes it a date
        "0612345678",  # ten digits: a phone number
        "12/03/1875",  # no year of business
        "Tel 0612 2025",
        "12/O3/2025 ref 7",  # more than a date
        "GS042068",  # a number, its letters read as digits
        "25.72.63",  # an article code: two-digit years are never guessed at
        "4. Februar 2026",
        "AB mars 2025",
    ],
)
def test_what_is_no_damaged_date_is_left(read: str) -> None:
    assert damaged_date(read) is None


def _page(rows: str) -> ExtractionResult:
    words: list[Word] = placed(rows)
    page = PageResult(number=1, text="", source="ocr", width=595, height=842, words=words)
    return build_result([page], [build_layout(words, 1, 595, 842)])


def _dated(value: str) -> ExtractionResult:
    """An OCR'd invoice page whose date ``value`` sits under its label, as on a fax."""
    return _page(
        f"""
        60 FACTURE@40-120
        100 Date@40-70 de@74-86 facture@90-130
        114 {value}@40-100
        400 Total@330-355 TTC@360-380 1@480-486 234,56@492-530 €@532-538
        """
    )


def test_a_damaged_date_under_its_label_is_read_and_doubted() -> None:
    """A fax's date under its label, its 0 read as O: the date is read, below auto-accept,
    never above the same date read clean."""
    damaged = _dated("24/O3/2025").fields["document_date"]
    clean = _dated("24/03/2025").fields["document_date"]
    assert damaged.value == clean.value == "2025-03-24"
    assert damaged.confidence < 0.9 and damaged.confidence <= clean.confidence


def test_the_repair_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repairs, "disabled", {"date_confused_glyphs"})
    assert "document_date" not in _dated("24/O3/2025").fields

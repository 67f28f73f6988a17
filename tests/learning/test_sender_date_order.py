"""A sender's date order (issue 24): learned from a date that reads one way only
("6/26/2025": both readers fall back to it, so no order was learned from it before), so
its later ambiguous dates ("4/2/2026") are read its way; a value approved for two fields
(the due date on the document date) teaches a known sender no new place; and an ambiguous
date its hints read in the order its dates proved is judged by the field's record like
any other date, while a sender whose order no date told stays held by the ambiguity."""

from __future__ import annotations

from extraction.profiles import locate
from extraction.result import ExtractionResult, PageResult, Word
from tests.learning.stream import layouts_of, page_of, replayed, words_at


def _invoice(number: str, issued: str, due: str) -> list[PageResult]:
    """A US supplier's invoice head: its labels before each value on one line."""
    words: list[Word] = []
    rows = [
        ("Patterson Laboratories Inc.", 40, 40),
        ("460 Elm Street, Columbus, OH 43215", 40, 52),
        ("Invoice", 330, 40),
        (f"Invoice # - {number}", 330, 60),
        (f"Date of Issue - {issued}", 330, 72),
        (f"Payment Due - {due}", 330, 84),
        ("Total due 145.92", 330, 300),
    ]
    for text, x, y in rows:
        words += words_at(text, x, y)
    return [page_of(words, "\n".join(t for t, _, _ in rows))]


def _iso(us: str) -> str:
    month, day, year = us.split("/")
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _stream(dates: list[tuple[str, str]]) -> list[ExtractionResult]:
    docs = []
    for i, (issued, due) in enumerate(dates):
        approved = {
            "document_number": f"SI-{7730 + i}",
            "document_date": _iso(issued),
            "due_date": _iso(due),
        }
        docs.append((_invoice(f"SI-{7730 + i}", issued, due), approved))
    return replayed(docs)


def test_a_date_with_a_day_past_twelve_teaches_the_order() -> None:
    hints = locate("document_date", "2025-06-26", layouts_of(_invoice("A1", "6/26/2025", "")), "en")
    assert hints and all(h.date_order == "month-first" for h in hints)
    hints = locate("document_date", "2025-06-26", layouts_of(_invoice("A1", "26/6/2025", "")), "en")
    assert hints and all(h.date_order == "day-first" for h in hints)


def test_ambiguous_dates_are_read_the_way_the_senders_dates_proved() -> None:
    # the 2nd document's dates are the same: each field is found at both places
    results = _stream(
        [("6/26/2025", "7/26/2025"), ("2/8/2024", "2/8/2024"), ("4/2/2026", "6/1/2026")]
    )
    third = results[2].fields
    assert third["document_date"].value == "2026-04-02"
    assert third["due_date"].value == "2026-06-01"


def test_an_ambiguous_date_in_the_proven_order_is_judged_by_its_record() -> None:
    proven = _stream(
        [
            ("6/26/2025", "7/26/2025"),
            ("5/20/2025", "6/19/2025"),
            ("3/14/2025", "4/13/2025"),
            ("4/2/2026", "5/3/2026"),
        ]
    )[3].fields
    assert proven["document_date"].value == "2026-04-02"
    assert proven["document_date"].confidence >= 0.9
    assert proven["due_date"].confidence >= 0.9


def test_a_sender_whose_dates_never_told_the_order_stays_held() -> None:
    # day and month the same number: neither order is learned from them
    unproven = _stream(
        [
            ("6/6/2025", "7/7/2025"),
            ("5/5/2025", "6/6/2025"),
            ("3/3/2025", "4/4/2025"),
            ("4/2/2026", "5/3/2026"),
        ]
    )[3].fields
    assert unproven["document_date"].confidence < 0.9
    assert unproven["due_date"].confidence < 0.9

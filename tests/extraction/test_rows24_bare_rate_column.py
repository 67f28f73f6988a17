"""A column of bare numbers under a head no reader knows is each line's VAT rate when the
lines' amounts at those rates give the tax the page prints under the table, and never
when they do not (``extraction.tables.line_vat``: arithmetic, not the head's word)."""

from __future__ import annotations

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import DUPONT_HEAD, RightAt, header, printed, read, table_rows

_COLUMNS: list[float | RightAt] = [40, RightAt(330), RightAt(400), RightAt(450), RightAt(545)]


def _invoice(head: str, cells: list[str], totals: list[str], after: str) -> ExtractionResult:
    """A French invoice whose fourth column, headed ``head``, prints ``cells``."""
    rows = [
        [f"Article {n}", "1", t, c, t]
        for n, (t, c) in enumerate(zip(totals, cells, strict=True), 1)
    ]
    return read(
        *printed(DUPONT_HEAD),
        *header(
            250,
            [(40, "Désignation"), (300, "Qté"), (350, "P.U. HT"), (425, head), (495, "Total HT")],
        ),
        *table_rows(rows, _COLUMNS, 268),
        *printed(after),
    )


def _totals(net: str, tax: str, gross: str) -> str:
    return f"""
        330 420 10 Total HT
        480r 420 10 {net}
        330 436 10 Total TVA
        480r 436 10 {tax}
        330 452 10 Total TTC
        480r 452 10 {gross}
        """


def test_one_rate_in_a_column_the_tax_total_closes_on() -> None:
    result = _invoice(
        "Cat.",
        ["20", "20", "20"],
        ["100,00", "250,00", "650,00"],
        _totals("1 000,00", "200,00", "1 200,00"),
    )
    assert [li.tax_rate for li in result.lines] == ["20", "20", "20"]
    assert all(li.confidence <= UNCONFIRMED_CAP for li in result.lines)


def test_two_rates_in_a_column_each_line_its_own() -> None:
    result = _invoice(
        "Zz",
        ["20", "5,5", "20"],
        ["100,00", "200,00", "300,00"],
        _totals("600,00", "91,00", "691,00"),
    )
    assert [li.tax_rate for li in result.lines] == ["20", "5.5", "20"]


def test_a_column_of_counts_the_tax_does_not_close_on_is_no_rate() -> None:
    result = _invoice(
        "Cat.",
        ["2", "3", "1"],
        ["100,00", "250,00", "650,00"],
        _totals("1 000,00", "200,00", "1 200,00"),
    )
    assert len(result.lines) == 3
    assert all(li.tax_rate is None for li in result.lines)


def test_without_a_printed_tax_a_bare_column_says_no_rate() -> None:
    result = _invoice("Cat.", ["20", "20", "20"], ["100,00", "250,00", "650,00"], "")
    assert len(result.lines) == 3
    assert all(li.tax_rate is None for li in result.lines)

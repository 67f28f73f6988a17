"""Issue 24, the learned records' trust gate: a sender's record may lift a document's lines
past auto-accept only where the document's own totals close (``own_totals_close``). The
gate reads the checks that passed by what they are (``crosscheck.Check.closes``), so a
check renamed in the cross-check can neither open nor shut it: on whole pages, lines that
sum to a lone net, or a net and tax that make the gross, open it; the lines' VAT rate by
rate and a payment's references close nothing."""

from __future__ import annotations

from extraction import crosscheck
from extraction.crosscheck import Check
from extraction.profile_totals import own_totals_close
from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import (
    INVOICE_ITEMS,
    RightAt,
    Text,
    invoice_table,
    read_pages,
)

_COLS: list[float | RightAt] = [43, RightAt(330), RightAt(400), RightAt(470)]
_PRICED = ["Désignation", "Qté", "PU HT", "Total HT"]


def _totals(*amounts: tuple[str, str]) -> list[Text]:
    return [
        t
        for i, (label, amount) in enumerate(amounts)
        for t in (Text(330, 420 + 16 * i, label), Text(420, 420 + 16 * i, f"{amount} €"))
    ]


def _gate(result: ExtractionResult) -> tuple[set[Check], bool]:
    passed = crosscheck.apply(result)
    return passed, own_totals_close(result.fields, passed, result.lines)


def test_lines_summing_to_a_lone_net_open_the_gate() -> None:
    page = invoice_table(INVOICE_ITEMS, _COLS, _PRICED) + _totals(("Total HT", "120,40"))
    passed, opens = _gate(read_pages(page))
    assert passed == {Check.LINES_SUM} and opens


def test_net_and_tax_making_the_gross_open_the_gate_over_lines_without_amounts() -> None:
    counted = [[item[0], item[1]] for item in INVOICE_ITEMS]
    page = invoice_table(counted, _COLS[:2], _PRICED[:2])
    page += _totals(("Total HT", "120,40"), ("TVA 20 %", "24,08"), ("Total TTC", "144,48"))
    passed, opens = _gate(read_pages(page))
    assert passed == {Check.TOTALS} and opens


def test_only_the_totals_own_sums_close() -> None:
    # the lines' VAT rate by rate and a payment's references check other sums
    assert {check for check in Check if check.closes} == {Check.TOTALS, Check.LINES_SUM}

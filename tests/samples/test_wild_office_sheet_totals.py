"""``office_sheet``'s totals: a bold gross total wider than the sheet's last column was cut
at the page's edge ("GBP 30,214.9" for 30,214.96), and the generator's own check refused
the document, so ``samples.wild --seed 244 --families office_sheet`` stopped at its 10th
page. A total now takes two of the sheet's columns where it has them."""

from __future__ import annotations

from samples.wild.build import make_one
from samples.wild.check import page_text
from samples.wild.chromium import Printer


def test_a_wide_gross_total_is_printed_whole(printer: Printer) -> None:
    name, pdf, truth = make_one(244, 9, ["office_sheet"], printer, check=True)
    text, _pages = page_text(pdf)
    gross = truth["fields"]["total_gross"]["value"]
    assert name == "office_sheet_244_0009" and gross == "30214.96"
    assert "30,214.96" in text

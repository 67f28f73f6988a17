"""The VAT-statement development families (samples/wild/vat_pages.py): drawn only when
named, so no existing recipe changes; no row prints its rate, the document states it once;
the truth gives a row a rate exactly where that statement settles it.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import VAT_FAMILIES
from samples.wild.vat_pages import split_count
from tests.samples.families_for_tests import made
from tests.samples.test_wild import assert_truth_is_printed

VATS = sorted(VAT_FAMILIES)


def _truths(family: str, n: int = 30) -> Iterator[dict[str, Any]]:
    for i in range(n):
        page, _kind, _lang = draw_page(5, i, [family])
        yield page.render().printed.truth()


def test_no_row_prints_its_rate_but_one_rate_states_every_rows() -> None:
    for family in ("vat_single", "vat_codes", "vat_zero"):
        for truth in _truths(family):
            assert truth["lines"] and all("tax_rate" not in r for r in truth["printed_as"]["lines"])
            rates = {line.get("tax_rate") for line in truth["lines"]}
            assert None not in rates, family
            if family == "vat_zero":
                assert rates == {"0"} and truth["fields"].get("total_tax", {"value": "0.00"}) == {
                    "value": "0.00"
                }


def test_a_split_states_rates_only_when_one_way_fits_every_base() -> None:
    stated = unstated = 0
    for truth in _truths("vat_split", 40):
        rates = [line.get("tax_rate") for line in truth["lines"]]
        if None in rates:
            assert set(rates) == {None}
            unstated += 1
            continue
        stated += 1
        net = sum(Decimal(line["line_total"]) for line in truth["lines"])
        assert net == Decimal(truth["fields"]["total_net"]["value"])
    assert stated and unstated
    assert (
        split_count(
            [Decimal(1), Decimal(1)],
            [Decimal(5), Decimal(20)],
            {Decimal(5): Decimal(1), Decimal(20): Decimal(1)},
        )
        == 2
    )
    assert (
        split_count(
            [Decimal(1), Decimal(2)],
            [Decimal(5), Decimal(20)],
            {Decimal(5): Decimal(1), Decimal(20): Decimal(2)},
        )
        == 1
    )


@pytest.mark.parametrize("family", VATS)
def test_documents_print_exactly_their_truth(printer: Printer, family: str) -> None:
    for i in range(2):
        truth, text = made(printer, 71, i, family)
        zero = truth["fields"].get("total_tax") == {"value": "0.00"}
        if zero:  # no tax charged, printed as such: the one total that may be zero
            assert family == "vat_zero"
            truth = {**truth, "fields": dict(truth["fields"])}
            del truth["fields"]["total_tax"]
        assert_truth_is_printed(truth, text)

"""The business-software development families (samples/wild/erp_pages.py): their truth is
what the page shows, they stay development families, they print no held-out wording, and
their own structures (a price per 100, taxes as text, a tear-off slip) keep the truth
honest."""

from __future__ import annotations

from decimal import Decimal

import pytest

from samples.wild.build import make_one
from samples.wild.check import page_text
from samples.wild.chromium import Printer
from samples.wild.erp_pages import ERP_RENDERERS, ERP_WORDS
from samples.wild.families import DEV, FAMILIES, HELDOUT
from tests.samples.families_for_tests import held_out_clashes, printed_truth, wordings
from tests.samples.test_wild import assert_truth_is_printed, read_number

ERP = sorted(n for n, f in FAMILIES.items() if f.renderer in ERP_RENDERERS)


def test_the_business_software_families_are_development_families() -> None:
    assert len(ERP) == 3
    assert set(ERP) <= set(DEV)
    assert not set(ERP) & HELDOUT


def test_no_wording_of_these_families_is_held_out_only() -> None:
    ours = {w.replace("{r}", "").replace("{b}", "").strip() for w in wordings(ERP_WORDS)}
    assert held_out_clashes(ours) == 0


@pytest.mark.parametrize("family", ERP)
def test_documents_of_every_kind_print_exactly_their_truth(printer: Printer, family: str) -> None:
    kinds = set()
    for i in range(8):
        truth = printed_truth(printer, 41, i, family)
        assert truth["language"] in ("fr", "en")
        kinds.add(truth["subtype"])
    assert len(kinds) >= 3


def test_a_price_per_hundred_is_not_recorded_as_the_unit_price(printer: Printer) -> None:
    """An SAP-like row priced "per 100" keeps its quantity and line total in the truth, and
    no unit price (the page prints none); rows priced per unit keep theirs."""
    per_hundred = per_unit = 0
    for i in range(40):
        _name, _pdf, truth = make_one(43, i, ["erp_sap"], printer, check=False)
        for row, shown in zip(truth["lines"], truth["printed_as"]["lines"], strict=True):
            if "line_total" not in row:
                continue
            if "unit_price" in row:
                per_unit += 1
                assert Decimal(row["unit_price"]) * Decimal(row["quantity"]) >= Decimal(
                    row["line_total"]
                )
            else:
                per_hundred += 1
                assert "quantity" in row and "unit_price" not in shown
        if per_hundred and per_unit > 5:
            break
    assert per_hundred and per_unit


def test_per_rate_vat_without_a_total_line_states_the_total_tax_as_their_sum(
    printer: Printer,
) -> None:
    """erp_smallbiz prints one VAT amount per rate and no total tax: the truth's total tax is
    their sum (the truth convention), each part is on the page, and net + tax = gross."""
    summed = 0
    for i in range(60):
        _name, pdf, truth = make_one(47, i, ["erp_smallbiz"], printer)
        fields = {k: Decimal(v["value"]) for k, v in truth["fields"].items() if k[:6] == "total_"}
        if "total_net" in fields and "total_gross" in fields:
            assert "total_tax" in fields, truth["fields"]
        parts = truth["printed_as"]["sums"].get("total_tax")
        if not parts:
            continue
        summed += 1
        assert len(parts) >= 2 and "total_tax" not in truth["printed_as"]["fields"]
        assert sum(map(read_number, parts)) == fields["total_tax"]
        assert_truth_is_printed(truth, page_text(pdf)[0])
        if summed >= 2:
            break
    assert summed >= 2

"""The settle development families (samples/wild/settle_pages.py): drawn only when named,
no held-out wording, made again byte for byte, their truth what the page prints; the terms
are an item of the foot line on ``stl_footline`` pages and the account's totals leave the
amount now due out of ``total_gross``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.chromium import Printer
from samples.wild.families import SETTLE_FAMILIES
from samples.wild.settle_families import SETTLE_TERMS, SETTLE_WORDS
from samples.wild.settle_pages import SETTLE_RENDERERS, SettlePage
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    drawn,
    fields_seen,
    held_out_wordings,
)

SETTLE = sorted(SETTLE_FAMILIES)


@pytest.fixture
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_the_families_are_drawn_only_when_named() -> None:
    assert SETTLE == ["stl_account", "stl_footline"]
    assert_drawn_only_when_named(SETTLE, SETTLE_RENDERERS)


def test_no_wording_is_held_out_only() -> None:
    assert held_out_wordings(SETTLE_WORDS, {"terms": SETTLE_TERMS}) == 0


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, SETTLE, 151)


def test_documents_print_exactly_their_truth_and_the_terms(printer: Printer) -> None:
    seen = fields_seen(printer, SETTLE, 152, 8, each=("document_date",))
    for family, fields in seen.items():
        assert {"payment_terms", "total_gross"} <= fields, family


def test_terms_sit_in_the_foot_line_and_the_amount_due_is_no_total() -> None:
    pages = [page for page, _kind, _lang in drawn(153, 30, SETTLE, SettlePage)]
    foot = [p for p in pages if p.f.name == "stl_footline" and p.d.payment_terms]
    assert foot and all((p.d.payment_terms or "-") in p.foot_line() for p in foot)
    accounts = [p for p in pages if p.account]
    assert accounts
    for p in accounts:
        p.render()
        assert p.out.fields["total_gross"] == str(p.d.total_gross)

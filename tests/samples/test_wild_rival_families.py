"""The rival-value development families (samples/wild/rival_pages.py): drawn only when
named, no held-out wording, made again byte for byte, every truth printed; the rivals (a
quotation's, a delivery note's, a contract's number, an order's and a printing's date, the
total before a discount, the balance after a deposit, the means, late- and early-payment
sentences) printed as no field, and the true values often absent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.chromium import Printer
from samples.wild.families import RIVAL_FAMILIES
from samples.wild.rival_families import RIVAL_MEANS, RIVAL_TERMS, RIVAL_WORDS
from samples.wild.rival_pages import RIVAL_RENDERERS, RivalPage
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    drawn,
    held_out_printed,
    held_out_wordings,
    printed_truth,
)

RIVAL = sorted(RIVAL_FAMILIES)


@pytest.fixture
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_drawn_only_when_named() -> None:
    assert_drawn_only_when_named(RIVAL, RIVAL_RENDERERS)


def test_no_wording_is_a_held_out_one() -> None:
    pools = (RIVAL_WORDS, {"x": RIVAL_TERMS, "y": RIVAL_MEANS})
    assert held_out_wordings(*pools) == 0
    assert held_out_printed(RIVAL, 7, 6) == 0


def test_the_rivals_are_printed_and_are_no_field() -> None:
    rivals = 0
    absent = {"order_number": 0, "delivery_date": 0, "payment_terms": 0}
    for page, _kind, _lang in drawn(141, 40, RIVAL, RivalPage):
        rendered = page.render()
        values = set(rendered.printed.fields.values())
        for _caption, number in page.rivals:
            assert number in rendered.html and number not in values
            rivals += 1
        for name in absent:
            absent[name] += name not in rendered.printed.fields
    assert rivals >= 40
    # the true values are often absent: only the rivals are then printed
    assert all(n >= 5 for n in absent.values()), absent


def test_made_again_and_truth_printed(printer: Printer) -> None:
    assert_made_again(printer, RIVAL, 3)
    for i in range(4):
        printed_truth(printer, 141, i, RIVAL[i % len(RIVAL)])

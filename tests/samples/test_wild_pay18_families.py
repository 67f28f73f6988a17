"""The pay18 payment-advice families (samples/wild/pay18_pages.py): drawn only when named,
no held-out wording, made again byte for byte, their truth what the page prints; every page
is a payment advice with its payment date, said only by the advice's own date where the
advice pays that day, and the invoices it settles are references, not fields."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.chromium import Printer
from samples.wild.families import PAY18_FAMILIES
from samples.wild.pay18_families import PAY18_WORDS
from samples.wild.pay18_pages import PAY18_RENDERERS, Pay18Page
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    drawn,
    fields_seen,
    held_out_wordings,
)

PAY18 = sorted(PAY18_FAMILIES)


@pytest.fixture
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_the_families_are_drawn_only_when_named() -> None:
    assert PAY18 == ["p18_bank", "p18_cheque", "p18_letter", "p18_remit", "p18_title"]
    assert_drawn_only_when_named(PAY18, PAY18_RENDERERS)


def test_no_wording_is_held_out_only() -> None:
    assert held_out_wordings(PAY18_WORDS) == 0


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, PAY18, 181)


def test_documents_print_exactly_their_truth_and_the_payment_date(printer: Printer) -> None:
    fields_seen(printer, PAY18, 182, 10, each=("document_date", "payment_date", "total_gross"))


def test_pages_are_advices_and_a_day_paid_today_is_the_advices_own() -> None:
    pages = [page for page, kind, _lang in drawn(183, 40, PAY18, Pay18Page)]
    assert all(p.d.kind == "payment_advice" and p.d.references for p in pages)
    today = [p for p in pages if p.today]
    assert today
    for p in today:
        p.render()
        assert p.out.fields["payment_date"] == p.out.fields["document_date"]
        listed = {r["number"] for r in p.out.references}
        assert listed == {r.number for r in p.d.references}
        assert not listed & set(p.out.fields.values())

"""The shop, shipping and trade development families (samples/wild/trade_pages.py): their
truth is what the page shows, they stay development families, they print no held-out
wording, and their own structures (a products subtotal before a shipping fee, parcels,
a deposit and a retention after the total) keep the truth honest."""

from __future__ import annotations

from decimal import Decimal

import pytest

from samples.wild.build import draw_page
from samples.wild.check import page_text
from samples.wild.chromium import Printer
from samples.wild.families import DEV, FAMILIES, HELDOUT
from samples.wild.streams import STREAM_KINDS, make_stream
from samples.wild.trade_families import TRADE_KIND_WEIGHTS
from samples.wild.trade_pages import TRADE_RENDERERS, TRADE_WORDS
from tests.samples.families_for_tests import (
    held_out_printed,
    held_out_wordings,
    printed_truth,
)
from tests.samples.test_wild import assert_truth_is_printed, read_number

TRADE = sorted(n for n, f in FAMILIES.items() if f.renderer in TRADE_RENDERERS)


def test_the_trade_families_are_development_families() -> None:
    assert TRADE == ["craft_works", "ship_list", "shop_order"]
    assert set(TRADE) <= set(DEV) and not set(TRADE) & HELDOUT


def test_no_wording_of_these_families_is_held_out_only() -> None:
    assert held_out_wordings(TRADE_WORDS) == 0
    assert held_out_printed(TRADE, 90, 12) == 0


@pytest.mark.parametrize("family", TRADE)
def test_documents_print_exactly_their_truth(printer: Printer, family: str) -> None:
    kinds, languages = set(), set()
    for i in range(8):
        truth = printed_truth(printer, 61, i, family)
        assert truth["lines"], "every document of these families has line rows"
        kinds.add(truth["subtype"])
        languages.add(truth["language"])
    assert len(kinds) >= (1 if family == "ship_list" else 2)


def test_a_products_subtotal_before_a_fee_or_a_discount_is_not_the_net_total() -> None:
    """A shop's "Subtotal" of the products, followed by shipping or a discount code, is not
    recorded as total_net; where total_net is recorded, lines, fee and code add up to it."""
    seen_fee = 0
    for i in range(60):
        page, _kind, _lang = draw_page(62, i, ["shop_order"])
        truth = page.render().printed.truth()
        fields = truth["fields"]
        if "total_net" not in fields or not page.d.priced:
            continue
        products = sum(
            (Decimal(r["line_total"]) for r in truth["lines"]),
            Decimal(0),
        )
        extras = [x for x in (page.shop_fee, page.shop_code) if x is not None]
        if extras and not page.fee_as_row:
            seen_fee += 1
        off_table = sum(
            (x.total for x in extras if not (x is page.shop_fee and page.fee_as_row)), Decimal(0)
        )
        assert products + off_table == Decimal(fields["total_net"]["value"])
    assert seen_fee


def test_a_delivery_note_of_the_warehouse_prints_no_price_and_ships_what_it_says() -> None:
    for i in range(10):
        page, kind, _lang = draw_page(63, i, ["ship_list"])
        truth = page.render().printed.truth()
        assert kind == "delivery_note"
        assert not {"unit_price", "line_total"} & {k for r in truth["lines"] for k in r}
        assert not {"total_net", "total_gross"} & set(truth["fields"])
        for row, it in zip(truth["lines"], page.d.items, strict=True):
            assert Decimal(row["quantity"]) == it.quantity <= (it.ordered or it.quantity)


def test_a_works_invoice_keeps_its_total_when_a_deposit_and_a_retention_are_deducted() -> None:
    """total_gross is net + VAT of the works, never the "Net à payer" left after the
    deposit already invoiced and the retention."""
    deducted = 0
    for i in range(80):
        page, kind, _lang = draw_page(64, i, ["craft_works"])
        truth = page.render().printed.truth()
        f = truth["fields"]
        net, gross = Decimal(f["total_net"]["value"]), Decimal(f["total_gross"]["value"])
        assert gross == net + Decimal(f["total_tax"]["value"])
        assert sum((Decimal(r["line_total"]) for r in truth["lines"]), Decimal(0)) == net
        if kind == "invoice" and (page.deposit is not None or page.retention):
            deducted += 1
            shown = truth["printed_as"]["fields"]["total_gross"]
            assert all(read_number(s) == gross for s in shown)
    assert deducted


def test_a_private_customer_has_no_vat_id_and_a_person_s_name() -> None:
    names = []
    for i in range(30):
        page, _kind, _lang = draw_page(65, i, ["shop_order"])
        cust = page.d.customer
        if cust.vat is None and cust.name.startswith(("M. ", "Mme ", "Mr ", "Mr & ")):
            names.append(cust.name)
            assert page.render().printed.fields["customer_name"] == cust.name
    assert names


@pytest.mark.parametrize("family", TRADE)
def test_a_sender_stream_of_these_families_prints_kinds_the_family_prints(
    printer: Printer, family: str
) -> None:
    """A stream's sender draws its kind from its family's own mix: a builder's stream is
    never a delivery note its renderer has no number scheme for."""
    for sender in range(6):
        docs = make_stream(9, sender, 1, [family], printer)
        truth = docs[0][2]
        assert truth["layout"] == family
        assert truth["subtype"] in TRADE_KIND_WEIGHTS[family]


def test_a_sender_stream_of_a_builder_sends_what_builders_print(printer: Printer) -> None:
    """A stream sender drawn from a family with its own mix of kinds sends one of them: the
    builder of seed 33's 10th sender would have been asked for a credit note it cannot print."""
    docs = make_stream(33, 9, 1, list(DEV), printer)
    truth = docs[0][2]
    assert truth["layout"] == "craft_works"
    assert truth["subtype"] in set(TRADE_KIND_WEIGHTS["craft_works"]) & set(STREAM_KINDS)
    assert_truth_is_printed(truth, page_text(docs[0][1])[0])

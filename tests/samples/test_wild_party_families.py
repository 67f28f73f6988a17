"""The party development families (samples/wild/party_pages.py): drawn only when named, so
no default draw or pinned digest changes; deterministic; their truth is what the page
prints, with the parties in the places these families exist for.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.page import esc
from samples.wild.party_pages import PartyPage


def test_the_issuer_of_the_legal_line_variant_is_named_only_at_the_foot() -> None:
    checked = 0
    for i in range(30):
        page, kind, _lang = draw_page(84, i, ["pty_logo"])
        assert isinstance(page, PartyPage)
        if page.variant != "legal" or kind == "purchase_order":
            continue  # (an order's issuer, the buyer, is also named where it is billed)
        html = page.render().html
        name = esc(page.d.issuer.name)
        assert html.index(name) > html.index("class='items")
        checked += 1
    assert checked >= 3


def test_due_dates_are_often_left_out_or_stated_only_as_terms() -> None:
    absent = with_terms_only = 0
    for i in range(40):
        page, kind, _lang = draw_page(85, i, ["pty_soldby", "pty_bottom"])
        printed = page.render().printed.fields
        if kind == "invoice" and "due_date" not in printed:
            absent += 1
            with_terms_only += "payment_terms" in printed
    assert absent >= 3 and with_terms_only >= 1

"""Totals the label reader does not see (issue 20): a totals block under words no
vocabulary reads, taken by the line reader for more items, and a VAT summary table that
prints the base and the tax per rate but no net or tax total of its own. Both are found by
arithmetic (net + tax = gross, the items summing to the net; base x rate = tax on each row
of the VAT table) and offered to a clerk, never shown sure on arithmetic alone."""

from __future__ import annotations

from tests.extraction.pages_for_tests import DUPONT_HEAD, offered, printed, read, value

# an invoice whose table has no quantity column (the quantity is in the text, "4 x"),
# its amounts right-aligned under "Montant HT"
_TABLE = f"""{DUPONT_HEAD}
    43   334 9 Code
    130  334 9 Libellé
    440r 334 9 P.U. HT
    553r 334 9 Montant HT
    43   350 9 4005324580761
    130  350 9 4 x Poutre chêne 120 x 240 mm
    440r 350 9 212,50 €
    553r 350 9 850,00 €
    43   366 9 4008617359241
    130  366 9 10 x Équerres galvanisées
    440r 366 9 12,40 €
    553r 366 9 124,00 €
"""


def test_totals_block_taken_for_items_is_read_as_the_totals() -> None:
    """'Marchandises | Taxe | Somme finale' under the table: no label the vocabulary reads,
    so the line reader goes on and takes the three rows for items of an amount and no
    price. Those bare rows ending the table are still the totals' candidates: 974,00 +
    194,80 = 1 168,80 at 20 %, and the items above them sum to 974,00."""
    result = read(
        *printed(
            _TABLE
            + """
            363  390 9 Marchandises
            553r 390 9 974,00 €
            363  405 9 Taxe
            553r 405 9 194,80 €
            363  421 9 Somme finale
            553r 421 9 1 168,80 €
            """
        )
    )
    offered(result, "total_net", "974.00")
    offered(result, "total_tax", "194.80")
    offered(result, "total_gross", "1168.80")


def test_bare_rows_that_do_not_add_up_are_no_totals() -> None:
    """Two charges after the items, with no price: nothing there adds up to a total."""
    result = read(
        *printed(
            _TABLE
            + """
            130  382 9 Frais de port
            553r 382 9 45,77 €
            130  398 9 Emballage
            553r 398 9 12,00 €
            """
        )
    )
    assert value(result, "total_net") is None
    assert value(result, "total_tax") is None


_VAT_TABLE_HEAD = """
    40  40  14b Harbour Joinery Ltd
    40  62  10  4 Quay Street
    40  75  10  Bristol BS1 4DJ
    380 40  16b INVOICE
    380 80  10  Invoice no: INV-2025-0418
    380 96  10  Date: 14/03/2025
    40  200 10  Description
    300 200 10  Qty
    360 200 10  Unit price
    500 200 10  Amount
    40  216 10  Oak beam 120 x 240 mm
    300 216 10  4
    360 216 10  212.50
    500 216 10  850.00
    40  232 10  Fixing brackets, galvanised
    300 232 10  10
    360 232 10  12.40
    500 232 10  124.00
"""


def test_vat_summary_table_gives_the_net_and_the_tax() -> None:
    """A VAT table of two rates (850.00 at 20 % = 170.00, 124.00 at 10 % = 12.40) and the
    amount due only: the bases sum to the net 974.00 (the items' sum), the taxes to
    182.40, and 974.00 + 182.40 = 1 156.40 is the amount due printed."""
    result = read(
        *printed(
            _VAT_TABLE_HEAD
            + """
            40   300 10 VAT rate
            130  300 10 Net
            230  300 10 VAT
            40   316 10 20%
            200r 316 10 850.00
            300r 316 10 170.00
            40   332 10 10%
            200r 332 10 124.00
            300r 332 10 12.40
            380  370 10 Amount due
            552r 370 10 1,156.40
            """
        )
    )
    offered(result, "total_net", "974.00")
    offered(result, "total_tax", "182.40")
    assert value(result, "total_gross") == "1156.40"


def test_a_vat_table_total_row_is_not_the_amount_to_pay() -> None:
    """'Taux | Base HT | TVA' with a 'Total' row (974,00 | 182,40) and 'Net à payer
    1 156,40 €' under it: the table's 'Total' names the bases' sum, not the gross; its
    rows give the tax, and net + tax = the amount to pay."""
    result = read(
        *printed(
            _VAT_TABLE_HEAD
            + """
            40  300 10 Taux
            150 300 10 Base HT
            260 300 10 TVA
            40  316 10 20 %
            150 316 10 850,00
            260 316 10 170,00
            40  332 10 10 %
            150 332 10 124,00
            260 332 10 12,40
            40  348 10 Total
            150 348 10 974,00
            260 348 10 182,40
            400 380 10 Net à payer
            552r 380 10 1 156,40 €
            """
        )
    )
    assert value(result, "total_gross") == "1156.40"
    assert value(result, "total_net") == "974.00"
    offered(result, "total_tax", "182.40")


def test_one_rate_row_that_is_no_vat_summary() -> None:
    """'Remise 5 % sur 974,00 : 48,70': a rate, a base and its share, but nothing else on
    the page is 974,00 + 48,70; no tax is made of it."""
    result = read(
        *printed(
            _VAT_TABLE_HEAD
            + """
            300 300 10 Remise 5 % sur 974,00
            552r 300 10 48,70
            """
        )
    )
    assert value(result, "total_tax") is None

"""Document type from a heading read whole and from labels that carry their value after a
dash (issue 20, type16): the last line of a sentence set big in the title's place names no
kind by itself, and "Purchase Order - 4587713365" labels the order a page refers to."""

from __future__ import annotations

from tests.extraction.doctype_pages import DUPONT_SENDER, priced_goods
from tests.extraction.pages_for_tests import Text, cells_at, table_rows
from tests.extraction.test_doctype import ACCEPT, kind_of


def test_an_order_labelled_with_its_number_after_a_dash_is_not_the_title() -> None:
    """A credit note titled in an abbreviation no phrase knows, whose fields print "Purchase
    Order - 4587713365" beside "Credit Note No. - 9079814": the order is the one the credit
    refers to, not the page's kind."""
    fields = [
        *cells_at(110, [330], ["Credit Note No. - 9079814"]),
        *cells_at(124, [330], ["Purchase Order - 4587713365"]),
        *cells_at(138, [330], ["Original Invoice - INV080482"]),
    ]
    doc, _ = kind_of(*DUPONT_SENDER, Text(330, 90, "Cr. Note", 10), *fields, *priced_goods(300))
    assert doc != "purchase_order"


def test_an_untitled_credit_is_read_from_its_credited_invoice_head() -> None:
    """No title; a grid head "Avoir sur facture n°" beside the bare number, and a closing
    thanks for the order: the page credits an invoice, it confirms no order."""
    grid = table_rows(
        [
            ["Numéro", "Date", "Avoir sur facture n°", "Contact"],
            ["2024/08814", "27/06/2024", "F24-43983", "Mme Laurent"],
        ],
        [40, 130, 230, 400],
        110,
    )
    thanks = [Text(40, 560, "Nous vous remercions de votre commande.", 10)]
    doc, confidence = kind_of(*DUPONT_SENDER, *grid, *priced_goods(300), *thanks)
    assert doc == "credit_note"
    assert confidence < ACCEPT


def test_a_negative_total_right_of_the_vat_breakdown_speaks_for_a_credit() -> None:
    """The totals block printed on the rows of the VAT breakdown, "Total TTC" in the middle
    of its row and its amount negative: what the seller owes back."""
    totals = table_rows(
        [
            ["Taux", "Base HT", "Montant TVA", "Total HT", "-3 210,28 EUR"],
            ["20 %", "3 210,28", "642,06", "Total TTC", "-3 852,34 EUR"],
        ],
        [40, 120, 200, 330, 450],
        420,
    )
    grid = table_rows([["N°", "Date"], ["AV-0042", "27/06/2024"]], [330, 430], 110)
    doc, _ = kind_of(*DUPONT_SENDER, *grid, *priced_goods(300), *totals)
    assert doc == "credit_note"

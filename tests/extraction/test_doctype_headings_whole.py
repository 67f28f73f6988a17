"""Document type from a heading read whole and from labels that carry their value after a
dash (issue 20, type16): the last line of a sentence set big in the title's place names no
kind by itself, and "Purchase Order - 4587713365" labels the order a page refers to."""

from __future__ import annotations

from tests.extraction.doctype_pages import DUPONT_SENDER, priced_goods
from tests.extraction.pages_for_tests import Text, cells_at, rows, table_rows
from tests.extraction.test_doctype import ACCEPT, kind_of


def test_a_sentence_heading_wrapped_onto_a_kind_word_is_read_for_its_verb() -> None:
    """A remittance whose heading is a sentence wrapped over three big lines, the last one
    "invoices": the sentence says the buyer paid, the word alone is no invoice title."""
    heading = [
        Text(40, 40, "We have today transferred the", 16, bold=True),
        Text(40, 60, "amount below in settlement of your", 16, bold=True),
        Text(40, 80, "invoices", 16, bold=True),
    ]
    paid = table_rows(
        [
            ["Invoice No.", "Date", "Paid"],
            ["INV-2025-0412", "12/29/2024", "2,461.32"],
            ["INV-2025-0419", "12/31/2024", "8,930.65"],
        ],
        [40, 200, 400],
        200,
    )
    fields = rows(40, 140, ["Date of Payment 3/25/2025", "Remittance No. PAY25-07796"])
    doc, confidence = kind_of(*heading, *fields, *paid)
    assert doc == "payment_advice"
    assert confidence < ACCEPT


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

"""Document type from the page's make-up when no title names its kind (issue 20, type25):
a kind's name stacked over a value in a column of captions is a field's label (another
document's, when the column also captions the page's own bare number); a page that numbers
itself and cites an order's number besides answers that order; a seller's thanks on the
last page of a long document say who the page is written to."""

from __future__ import annotations

from extraction.classify import classify
from extraction.layout import build_layout
from extraction.pages import read_pdf
from models.settings.extraction import ExtractionSettings
from tests.extraction.doctype_pages import DUPONT_SENDER, priced_goods
from tests.extraction.pages_for_tests import Page, Text, cells_at, pdf_pages, rows
from tests.extraction.test_doctype import ACCEPT

# the addressee's window beside the captions
WINDOW = rows(330, 140, ["Garnier Cartonnages SARL", "150 chemin des Vignes", "44000 Nantes"])


def kind_of_pages(*pages: Page) -> tuple[str, float]:
    read = read_pdf(pdf_pages(*pages), ExtractionSettings())
    result = classify([build_layout(p.words, p.number, *p.frame) for p in read])
    return result.doc_type, result.confidence


def stacked(x: float, y: float, *pairs: tuple[str, str]) -> list[Text]:
    """A column of captions, each printed over its value (a sidebar of fields)."""
    out: list[Text] = []
    for i, (caption, value) in enumerate(pairs):
        out += [Text(x, y + 30 * i, caption, 9), Text(x, y + 30 * i + 12, value, 10)]
    return out


def test_an_order_captioned_over_its_number_in_a_sidebar_is_the_order_a_bill_answers() -> None:
    """ "Purchase Order" over "ACH/2024/184" in a column that captions the page's own number
    as "Number": the order the bill answers, not the page's title; the amount due and
    its date make the page a bill."""
    side = stacked(
        40,
        140,
        ("Number", "INV028684"),
        ("Date", "08/21/2024"),
        ("Purchase Order", "ACH/2024/184"),
        ("Customer Code", "C35641"),
    )
    bill = [Text(330, 480, "Amount Now Due : $232.08"), Text(330, 494, "Due : 10/20/2024")]
    page = [*DUPONT_SENDER, *WINDOW, *side, *priced_goods(300), *bill]
    doc, confidence = kind_of_pages(page)
    assert doc == "invoice"
    assert confidence < ACCEPT


def test_a_page_that_numbers_itself_and_cites_an_order_thanking_for_it_is_a_confirmation() -> None:
    """Two pages: the head captions the page's own number ("Numéro") and the customer's
    order ("Réf. commande") with the date the customer asked for; the thanks for the order
    close the last page under the totals. The seller's answer to an order, not the order."""
    side = stacked(
        40,
        140,
        ("Numéro", "2025/46568"),
        ("Date du document", "30 novembre 2025"),
        ("Réf. commande", "PO-2025-3808"),
        ("Date de livraison souhaitée", "27/12/2025"),
    )
    first = [*DUPONT_SENDER, *WINDOW, *side, *priced_goods(300), Text(500, 800, "1/2")]
    last = [
        Text(330, 100, "Total HT : 130,00 EUR"),
        Text(40, 140, "Conditions de paiement : 30 jours date de facture"),
        Text(40, 160, "Nous vous remercions de votre commande."),
        Text(500, 800, "2/2"),
    ]
    doc, confidence = kind_of_pages(first, last)
    assert doc == "order_confirmation"
    assert confidence < ACCEPT


def test_a_buyers_order_captioning_its_own_number_as_the_orders_stays_an_order() -> None:
    """The same column on a buyer's page: its own number captioned as the order's, the date
    it wants the goods, no other number: a purchase order."""
    side = stacked(
        40,
        140,
        ("Réf. commande", "PO-2025-3808"),
        ("Date", "30/11/2025"),
        ("Date de livraison souhaitée", "27/12/2025"),
        ("Acheteur", "K. Braun"),
    )
    doc, _ = kind_of_pages([*DUPONT_SENDER, *WINDOW, *side, *priced_goods(300)])
    assert doc == "purchase_order"


def test_a_reference_beside_the_invoice_number_leaves_the_page_an_invoice() -> None:
    """ "Invoice No. | Date | Ref." heading a row of values: the reference is the customer's,
    the number the page's own; no title, a bill read from its label."""
    grid = cells_at(220, [40, 160, 280], ["Invoice No.", "Date", "Ref."])
    grid += cells_at(234, [40, 160, 280], ["INV-0042", "12/03/2025", "K-77"])
    doc, confidence = kind_of_pages([*DUPONT_SENDER, *WINDOW, *grid, *priced_goods(300)])
    assert doc == "invoice"
    assert confidence < ACCEPT

"""Document type from what a page says of the bill and of the goods' receipt (issue 20,
document type): a page that says the bill is still to come ("Cette commande sera facturée
à la livraison") is not the bill, and one that asks the consignee to sign for the goods
received is a delivery note, even where the title is missing; a titled invoice that says
its late-payment penalties will be invoiced stays an invoice."""

from __future__ import annotations

from tests.extraction.pages_for_tests import FRENCH_TOTALS, Text, printed, read, rows

SENDER = printed("""
    40  40  14b Atelier Dupont SARL
    40  62  10  12 rue des Lilas
    40  75  10  69003 Lyon
""")
WINDOW = rows(320, 130, ["Menuiserie du Vercors", "57 bis rue du Moulin", "21000 Dijon"])
ITEMS = printed("""
    40  300 9b Désignation
    300 300 9b Qté
    380 300 9b P.U. HT
    480 300 9b Montant HT
    40  316 9  Vis inox A2 5x50
    300 316 9  10
    380 316 9  50,00
    480 316 9  500,00
    40  330 9  Gants nitrile
    300 330 9  10
    380 330 9  50,00
    480 330 9  500,00
""")
HEAD = [*SENDER, *WINDOW, Text(40, 226, "N° : AB-2025-0012   Date : 14/03/2025", 9), *ITEMS]


def test_a_page_that_says_the_order_will_be_invoiced_is_no_invoice() -> None:
    page = read(
        *HEAD,
        *FRENCH_TOTALS,
        Text(40, 580, "Cette commande sera facturée à la livraison.", 9),
    )
    assert page.doc_type == "order_confirmation"


def test_a_page_the_consignee_signs_for_the_goods_is_a_delivery_note() -> None:
    page = read(
        *HEAD,
        Text(40, 650, "Reçu en bon état - signature et cachet du destinataire :", 9),
    )
    assert page.doc_type == "delivery_note"


def test_an_invoice_whose_penalties_will_be_invoiced_stays_an_invoice() -> None:
    page = read(
        *HEAD,
        *FRENCH_TOTALS,
        Text(40, 200, "FACTURE", 16, bold=True),
        Text(40, 600, "Acompte versé à la commande : 300,00 €", 9),
        Text(40, 640, "Les pénalités de retard seront facturées au taux légal.", 7),
    )
    assert page.doc_type == "invoice"
    assert page.doc_type_confidence >= 0.9

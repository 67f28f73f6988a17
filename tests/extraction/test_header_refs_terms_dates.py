"""Document numbers, order references, payment terms and delivery dates as senders orderdesk
never saw print them: terms and dates said in a sentence, bare or abbreviated labels, a
misspelt label, the buyer's order named by whose it is. Each new reading is offered to a
clerk, never shown sure, until a fit has measured it; a sentence about paying late and a
payment means are not terms."""

from __future__ import annotations

from extraction.candidates.terms import is_terms_phrase, terms_in_sentence
from extraction.fields import parse_identifier
from extraction.labels import match_header_label, shorthand_label
from tests.extraction.pages_for_tests import (
    DUPONT_HEAD,
    FRENCH_TOTALS,
    RightAt,
    Text,
    grid,
    heads,
    offers,
    printed,
    read,
    reads,
    table_rows,
)

INVOICE = printed(DUPONT_HEAD) + FRENCH_TOTALS


def test_terms_said_in_a_sentence_are_offered() -> None:
    """No "Conditions de paiement" label: the sentence that says when to pay gives the
    terms, from the word that says it is the payment's, a means after it dropped."""
    english = read(*INVOICE, Text(40, 600, "This invoice is payable within 30 days of invoice."))
    offers(english, payment_terms="payable within 30 days of invoice")
    french = read(*INVOICE, Text(40, 600, "Paiement à 30 jours fin de mois par virement."))
    offers(french, payment_terms="Paiement à 30 jours fin de mois")


def test_a_sentence_about_paying_late_states_no_terms() -> None:
    """The legal mentions of a French invoice speak of payment and days, but of a penalty."""
    page = read(
        *INVOICE,
        Text(40, 600, "En cas de retard de paiement, une pénalité de 3 fois le taux légal."),
        Text(40, 614, "Indemnité forfaitaire de 40 € pour frais de recouvrement."),
    )
    reads(page, payment_terms=None)


def test_a_due_date_label_over_a_delay_gives_the_terms() -> None:
    """ "Échéance : 30 jours date de facture" is no date: the delay is the terms."""
    page = read(*INVOICE, Text(40, 600, "Échéance : 30 jours date de facture"))
    offers(page, payment_terms="30 jours date de facture")
    reads(page, due_date=None)


def test_bare_words_label_by_their_values_shape() -> None:
    """ "Conditions :" before a delay is the terms, "Livraison :" before a date the
    delivery's, which is then not the due date found by its place."""
    page = read(
        *INVOICE,
        Text(40, 200, "Livraison :"),
        Text(200, 200, "28/03/2025"),
        Text(40, 600, "Conditions :"),
        Text(200, 600, "30 jours fin de mois"),
    )
    offers(page, payment_terms="30 jours fin de mois", delivery_date="2025-03-28")
    reads(page, due_date=None)


def test_conditions_before_no_delay_are_not_terms() -> None:
    """ "Conditions : voir CGV au verso" names the general conditions, not a delay."""
    page = read(*INVOICE, Text(40, 600, "Conditions :"), Text(200, 600, "voir CGV au verso"))
    reads(page, payment_terms=None)


def test_shorthand_and_misspelt_labels_are_read_and_offered() -> None:
    """ "Date livr.", "Cond. de paiement", "Votre comande n°": the words written out."""
    page = read(
        *INVOICE,
        Text(40, 200, "Date livr. :"),
        Text(200, 200, "28/03/2025"),
        Text(40, 216, "Votre comande n°"),
        Text(200, 216, "PO-77812"),
        Text(40, 600, "Cond. de paiement :"),
        Text(200, 600, "45 jours net"),
    )
    offers(page, delivery_date="2025-03-28", order_number="PO-77812", payment_terms="45 jours net")


def test_the_buyers_order_named_by_whose_it_is() -> None:
    """A grid of references: "Réf. de votre commande" is the order answered, not the
    invoice's own "Réf.", which stays the printed invoice number."""
    page = read(
        *INVOICE,
        *grid(180, ["Réf. de votre commande", "Date de livraison"], ["CMD-4471", "28/03/2025"]),
    )
    reads(
        page,
        document_number="FA-2025-0418",
        order_number="CMD-4471",
        delivery_date="2025-03-28",
    )


def test_label_readings() -> None:
    """The label wordings added, and shorthand kept to the words it changes."""
    for text, field in [
        ("cust. order", "order_number"),
        ("buyer's order no.", "order_number"),
        ("n° de votre commande", "order_number"),
        ("doc. no", "docnum:"),
        ("delivery by", "delivery_date"),
    ]:
        hit = match_header_label(text)
        assert hit is not None and hit.field == field, text
    for text, field in [
        ("date livr. : 1", "delivery_date"),
        ("order nbr 12", "docnum:purchase_order"),
        ("date d expedition 12", "delivery_date"),
        ("paymnt terms: net 30", "payment_terms"),
    ]:
        hit = shorthand_label(text)
        assert hit is not None and hit.field == field and hit.composed, text
    for text in ("invoiced to acme", "designation", "adresse de livraison", "total ttc 12"):
        assert shorthand_label(text) is None, text


def test_terms_and_number_shapes() -> None:
    """Terms are a delay or a moment; an amount is no document number."""
    assert terms_in_sentence("Merci de votre commande.") is None
    assert terms_in_sentence("Pas d'escompte en cas de paiement anticipé.") is None
    assert terms_in_sentence("Livraison sous 10 jours.") is None
    assert is_terms_phrase("Net 30") and is_terms_phrase("à réception de facture")
    assert not is_terms_phrase("Virement bancaire")
    for amount in ("1 234,56 €", "$1,234.56", "974.00 EUR", "1 234,56"):
        assert parse_identifier(amount) is None, amount
    assert parse_identifier("REC.26.1879") == "REC.26.1879"


def test_the_order_printed_in_a_column_of_the_lines_is_offered() -> None:
    """A packing list that names its order only in the lines' "Purchase Order" column, the
    same on every row: that identifier is the order answered, offered."""
    columns = [40, 150, RightAt(420), 460]
    page = read(
        Text(40, 40, "Packing List", 16, bold=True),
        Text(400, 40, "Northwind Devices Ltd", 12, bold=True),
        Text(400, 80, "Date: 14/03/2025"),
        *heads(200, columns, ["Part Number", "Description", "Shipped", "Purchase Order"]),
        *table_rows(
            [
                ["910-005694", "Wireless mouse MX 3", "2", "86976433539-01"],
                ["920-010021", "Keyboard K860 FR", "1", "86976433539-01"],
            ],
            columns,
            220,
        ),
    )
    offers(page, order_number="86976433539-01")


def test_a_header_grid_of_customer_po_and_pay_terms() -> None:
    """ "CUSTOMER P/O NO. | PAY TERMS | DUE DATE" over their values, as an American ERP
    prints them."""
    page = read(
        *printed("""
            40  40  14b Harbor Electronics Inc.
            40  62  10  100 Pine Street, San Francisco, CA 94111
            380 40  16b INVOICE
            380 80  10  Invoice Number: 20517440
            380 96  10  Invoice Date: 12/20/2024
        """),
        *grid(
            200,
            ["CUSTOMER P/O NO.", "PAY TERMS", "DUE DATE"],
            ["216138", "Net 45 Days", "02/03/2025"],
            xs=(40, 200, 360),
        ),
    )
    reads(page, order_number="216138", payment_terms="Net 45 Days", due_date="2025-02-03")

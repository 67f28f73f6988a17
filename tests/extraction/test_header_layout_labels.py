"""Header labels found by the layout: captions printed under their values, labels joined
to their values by leader dots, a bare "Paiement" / "Payment" cell before the terms, and a
terms label inside a footer sentence (issue 20: header fields of unseen layouts)."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    ACCEPT,
    Text,
    offers,
    one_item_page,
    read,
    reads,
    value,
)

SENDER = ("Atelier Marchand SARL", ["12 rue des Tanneurs", "69002 Lyon"])


def _captions_under_values() -> list[Text]:
    """Two rows of blocks, each value (bold) over its small caption."""
    out: list[Text] = []
    for y, blocks in (
        (180, [(40, "FA-2025-0412", "Invoice no."), (160, "14/03/2025", "Date of issue")]),
        (212, [(40, "C-20931", "Customer no."), (160, "PO-77812", "Your order no.")]),
    ):
        for x, val, cap in blocks:
            out += [Text(x, y, val, 10, bold=True), Text(x, y + 11, cap, 7)]
    return out


def test_captions_under_their_values_caption_the_row_above() -> None:
    page = one_item_page(*SENDER, "INVOICE", _captions_under_values())
    result = read(*page)
    # the caption row's own values, not the next row's (the customer number is not the
    # invoice's number), offered: the pairing is read from spacing alone
    offers(
        result,
        document_number="FA-2025-0412",
        document_date="2025-03-14",
        customer_number="C-20931",
        order_number="PO-77812",
    )


def test_labels_over_values_still_read_the_row_below() -> None:
    head = [
        Text(40, 180, "Invoice no.", 7),
        Text(160, 180, "Date of issue", 7),
        Text(40, 191, "FA-2025-0412", 10, bold=True),
        Text(160, 191, "14/03/2025", 10, bold=True),
    ]
    result = read(*one_item_page(*SENDER, "INVOICE", head))
    reads(result, document_number="FA-2025-0412", document_date="2025-03-14")


def test_leader_dots_join_a_label_to_its_value() -> None:
    head = [
        Text(40, 180, "Order no. .................. PO-2025-0042"),
        Text(40, 194, "Delivery date ............. 22/04/2025"),
        Text(40, 208, "Terms ...................... Net 30"),
    ]
    result = read(*one_item_page(*SENDER, "PURCHASE ORDER", head))
    reads(
        result, document_number="PO-2025-0042", delivery_date="2025-04-22", payment_terms="Net 30"
    )


def test_a_bare_paiement_cell_before_terms_gives_the_terms_offered() -> None:
    head = [
        Text(40, 180, "N° de facture"),
        Text(150, 180, "FA-2025-0412"),
        Text(40, 194, "Paiement"),
        Text(150, 194, "LCR à 60 jours"),
    ]
    result = read(*one_item_page(*SENDER, "FACTURE", head))
    offers(result, payment_terms="LCR à 60 jours")


def test_a_bare_payment_cell_before_no_terms_gives_nothing() -> None:
    head = [
        Text(40, 180, "Invoice no."),
        Text(150, 180, "FA-2025-0412"),
        Text(40, 194, "Payment"),
        Text(150, 194, "Bank transfer"),
    ]
    result = read(*one_item_page(*SENDER, "INVOICE", head))
    assert value(result, "payment_terms") is None


def test_the_terms_label_of_a_footer_sentence_is_no_part_of_the_terms() -> None:
    page = one_item_page(*SENDER, "FACTURE", [Text(380, 80, "N° FA-2025-0412")])
    page.append(Text(40, 420, "Livraison prévue semaine 12. Paiement : 45 jours fin de mois."))
    result = read(*page)
    assert value(result, "payment_terms") == "45 jours fin de mois"
    assert result.fields["payment_terms"].confidence < ACCEPT


def test_a_leader_line_under_an_address_block_ends_the_address() -> None:
    head = [
        Text(40, 150, "Ship to:"),
        Text(40, 163, "Harbour Works Ltd"),
        Text(40, 176, "12 Dock Road"),
        Text(40, 189, "Bristol BS1 4QA"),
        Text(40, 202, "Docket ....................... D-4471"),
        Text(40, 215, "Issue date ................... 14/03/2025"),
    ]
    result = read(*one_item_page(*SENDER, "INVOICE", head))
    assert value(result, "delivery_address") == "12 Dock Road, Bristol BS1 4QA"


def test_a_value_date_on_an_invoice_is_never_shown_sure() -> None:
    head = [
        Text(40, 180, "Invoice no."),
        Text(150, 180, "INV-2025-0042"),
        Text(40, 194, "Value date"),
        Text(150, 194, "28/03/2025"),
    ]
    result = read(*one_item_page(*SENDER, "INVOICE", head))
    assert result.fields["payment_date"].confidence < ACCEPT


def test_a_sentence_dating_the_present_document_gives_its_date_offered() -> None:
    page = one_item_page(*SENDER, "FACTURE", [Text(380, 80, "N° FA-2025-0412")])
    page.append(
        Text(40, 200, "Nous vous transmettons le présent document, daté du 8 octobre 2024.")
    )
    result = read(*page)
    offers(result, document_date="2024-10-08")


def test_goods_due_on_a_day_give_no_due_date() -> None:
    page = one_item_page(*SENDER, "INVOICE", [Text(380, 80, "Invoice no. INV-2025-0042")])
    page.append(Text(40, 200, "This invoice covers the goods listed below."))
    page.append(Text(40, 214, "Delivery is due on 18/04/2025."))
    result = read(*page)
    assert value(result, "due_date") is None


def test_on_a_confirmation_the_orders_date_yields_to_its_own() -> None:
    head = [
        Text(40, 180, "Order date"),
        Text(150, 180, "Date"),
        Text(260, 180, "Confirmation no."),
        Text(40, 194, "27/05/2025"),
        Text(150, 194, "29/05/2025"),
        Text(260, 194, "OC-2025-189"),
    ]
    result = read(*one_item_page(*SENDER, "ORDER CONFIRMATION", head))
    reads(result, document_date="2025-05-29", document_number="OC-2025-189")

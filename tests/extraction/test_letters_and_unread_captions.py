"""Header fields a letter states in words, and address blocks under captions orderdesk does
not read, on whole documents (French and English):

- the document's number given only in a subject line ("Re : QUOTE 8094559", "Objet : Facture
  n° FA-2024-12", "Subject: our order PO25-23978") or in a sentence asking to quote it with
  the payment; a subject naming the customer's order ("your order") is not the number;
- a delivery date stated in prose ("Delivery is scheduled for 01/19/2026.");
- blocks under unread captions: which is billed and which delivered said by the caption's
  words or by a site named on the block's first line ("Chantier"), never by place alone
  against them; the same address printed twice is never both the billing and the delivery
  address. Values read this way are offered, never shown sure.
"""

from __future__ import annotations

import pytest

from extraction.calibration.unlabelled import captions_removed
from tests.extraction.pages_for_tests import (
    Text,
    cells_at,
    oak_beam_item,
    offered,
    printed,
    read,
    reads,
    rows,
)

TABLE = [*oak_beam_item(330), *cells_at(520, [330, 460], ["Total", "850.00"])]

NORTHWIND = [
    Text(40, 40, "Northwind Traders Ltd", 14, bold=True),
    *rows(40, 62, ["12 Harbour Street", "Bristol BS1 4DJ"]),
]
DUBOIS = [
    Text(40, 40, "Menuiserie Dubois SARL", 14, bold=True),
    *rows(40, 62, ["14 rue des Forges", "69003 Lyon"]),
]


def letter(sender: list[Text], subject: str, closing: str = "", french: bool = False) -> list[Text]:
    """A business letter: letterhead, the addressee, place and date, a subject line, a
    salutation, one item, and a closing sentence."""
    return [
        *sender,
        *rows(330, 130, ["Fabrikam Stores plc", "88 Queen Road", "Leeds LS2 7HY"]),
        Text(330, 190, "Lyon, le 12 mars 2025" if french else "Bristol, 12 March 2025"),
        Text(40, 220, subject, bold=True),
        Text(40, 245, "Madame, Monsieur," if french else "Dear Sir or Madam,"),
        *TABLE,
        *([Text(40, 400, closing)] if closing else []),
    ]


@pytest.mark.parametrize(
    ("subject", "french", "number"),
    [
        ("Re : QUOTE 8094559", False, "8094559"),
        ("Objet : Facture n° FA-2024-12", True, "FA-2024-12"),
        ("Subject: our order PO25-23978", False, "PO25-23978"),
        ("Objet : notre devis DV-2025-0412", True, "DV-2025-0412"),
    ],
)
def test_a_letters_number_stated_only_in_its_subject_line_is_offered(
    subject: str, french: bool, number: str
) -> None:
    sender = DUBOIS if french else NORTHWIND
    offered(read(*letter(sender, subject, french=french)), "document_number", number)


@pytest.mark.parametrize(
    ("sender", "title", "closing", "french", "number"),
    [
        (
            NORTHWIND,
            "Invoice",
            "Please quote reference F-2024-6960 with your payment.",
            False,
            "F-2024-6960",
        ),
        (
            NORTHWIND,
            "Invoice",
            "Please quote invoice number INV-88123 on your remittance.",
            False,
            "INV-88123",
        ),
        (
            DUBOIS,
            "Facture",
            "Merci de rappeler la référence FA-2024-6960 lors de votre règlement.",
            True,
            "FA-2024-6960",
        ),
    ],
)
def test_the_number_to_quote_with_the_payment_is_the_documents_own(
    sender: list[Text], title: str, closing: str, french: bool, number: str
) -> None:
    offered(read(*letter(sender, title, closing, french=french)), "document_number", number)


def test_a_reminders_subject_names_the_invoice_reminded_not_its_own_number() -> None:
    result = read(*letter(DUBOIS, "Objet : Relance facture n° FA-2024-12", french=True))
    reads(result, document_number=None)


def test_a_subject_naming_the_customers_order_is_not_the_document_number() -> None:
    page = letter(NORTHWIND, "Subject: your order PO25-23978")
    page += [Text(380, 40, "INVOICE", 16, bold=True), Text(380, 70, "Invoice No: INV-5531")]
    result = read(*page)
    reads(result, document_number="INV-5531")
    offered(result, "order_number", "PO25-23978")


def test_a_delivery_date_stated_in_a_sentence_is_offered() -> None:
    result = read(*letter(NORTHWIND, "Re : QUOTE 8094559", "Delivery is scheduled for 01/19/2026."))
    offered(result, "delivery_date", "2026-01-19")


def test_a_date_in_a_sentence_about_delivery_charges_is_no_delivery_date() -> None:
    result = read(
        *letter(NORTHWIND, "Re : QUOTE 8094559", "Delivery charges were revised on 01/19/2026.")
    )
    reads(result, delivery_date=None)


INVOICE_HEAD = [
    *NORTHWIND,
    Text(380, 40, "INVOICE", 16, bold=True),
    *printed("""
        380 70 10 Invoice No: INV-20431
        380 84 10 Date: 12/03/2025
    """),
]
FACTURE_HEAD = [
    *DUBOIS,
    Text(380, 40, "FACTURE", 16, bold=True),
    *printed("""
        380 70 10 Facture n° FA-2025-118
        380 84 10 Date : 12/03/2025
    """),
]


def test_the_window_address_printed_again_under_an_invoice_caption_is_no_delivery_address() -> None:
    page = [
        *INVOICE_HEAD,
        *rows(330, 130, ["Fabrikam Stores plc", "88 Queen Road", "Leeds LS2 7HY"]),
        Text(40, 210, "Invoice To:", bold=True),
        *rows(40, 224, ["Fabrikam Stores plc", "88 Queen Road", "Leeds LS2 7HY"]),
        *TABLE,
    ]
    with captions_removed():
        result = read(*page)
    reads(result, billing_address="88 Queen Road, Leeds LS2 7HY", delivery_address=None)


@pytest.mark.parametrize("unread", [False, True])
def test_side_by_side_blocks_of_the_customer_delivery_left_billing_right(unread: bool) -> None:
    page = [
        *INVOICE_HEAD,
        Text(40, 140, "Deliver to", bold=True),
        *rows(40, 154, ["Fabrikam Stores plc", "Unit 4, Dock Road", "Hull HU1 2AA"]),
        Text(330, 140, "Invoice to", bold=True),
        *rows(330, 154, ["Fabrikam Stores plc", "88 Queen Road", "Leeds LS2 7HY"]),
        *TABLE,
    ]
    if unread:
        with captions_removed():
            result = read(*page)
    else:
        result = read(*page)
    reads(
        result,
        customer_name="Fabrikam Stores plc",
        billing_address="88 Queen Road, Leeds LS2 7HY",
        delivery_address="Unit 4, Dock Road, Hull HU1 2AA",
    )


def test_a_worksite_block_under_an_unlisted_caption_is_the_delivery_address() -> None:
    page = [
        *FACTURE_HEAD,
        Text(40, 140, "Lieu de réception", bold=True),
        *rows(40, 154, ["Chantier", "8 allée des Pins", "33000 Bordeaux"]),
        Text(330, 140, "Destinataire", bold=True),
        *rows(330, 154, ["Bâtir Plus SAS", "3 avenue Jean Jaurès", "38000 Grenoble"]),
        *TABLE,
    ]
    result = read(*page)
    reads(
        result,
        customer_name="Bâtir Plus SAS",
        billing_address="3 avenue Jean Jaurès, 38000 Grenoble",
    )
    offered(result, "delivery_address", "Chantier, 8 allée des Pins, 33000 Bordeaux")


def test_a_single_billing_block_leaves_the_labelled_delivery_block_elsewhere_its_own() -> None:
    page = [
        *FACTURE_HEAD,
        Text(330, 140, "Facturer à :", bold=True),
        *rows(330, 154, ["Bâtir Plus SAS", "3 avenue Jean Jaurès", "38000 Grenoble"]),
        *TABLE,
        Text(40, 420, "Livrer à :", bold=True),
        *rows(40, 434, ["Bâtir Plus SAS", "Dépôt Sud", "5 rue du Port", "13002 Marseille"]),
    ]
    reads(
        read(*page),
        billing_address="3 avenue Jean Jaurès, 38000 Grenoble",
        delivery_address="Dépôt Sud, 5 rue du Port, 13002 Marseille",
    )


def test_a_single_billing_block_gives_no_delivery_address() -> None:
    page = [
        *FACTURE_HEAD,
        Text(330, 140, "Facturer à :", bold=True),
        *rows(330, 154, ["Bâtir Plus SAS", "3 avenue Jean Jaurès", "38000 Grenoble"]),
        *TABLE,
    ]
    for unread in (False, True):
        if unread:
            with captions_removed():
                result = read(*page)
        else:
            result = read(*page)
        reads(result, billing_address="3 avenue Jean Jaurès, 38000 Grenoble", delivery_address=None)

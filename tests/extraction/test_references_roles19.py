"""Whose number a header reference is, read from the document as a whole: an order number a
confirmation prints as its heading is its own; a purchase order quotes no buyer's order; a
header grid's empty cell takes nothing from further down; a payment means with its account
details is no terms."""

from __future__ import annotations

from tests.extraction.pages_for_tests import printed, read, value
from tests.extraction.test_reference_concepts import TABLE
from tests.extraction.test_reference_wrapped import _conf

SELLER = printed("""
    40  40  14b Moreau Outillage SARL
    40  56  10  18 rue des Lilas
    40  70  10  59000 Lille
    330 100 10b Ateliers Blanc
    330 114 10  37 avenue Jean Jaures
    330 128 10  69007 Lyon
""")


def test_an_order_number_in_heading_type_is_the_confirmation_s_own() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  160 10b CONFIRMATION DE COMMANDE
            40  180 15b N° de commande CF26-52816
            40  210 8   Date
            140 210 8   Conditions de paiement
            40  222 10  13/06/2026
            140 222 10  30 jours fin de mois
        """),
        *TABLE,
    )
    assert value(result, "document_number") == "CF26-52816"
    assert value(result, "order_number") is None
    assert _conf(result, "document_number") <= 0.85


def test_an_order_number_in_body_type_stays_the_buyer_s() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  160 15b CONFIRMATION DE COMMANDE
            40  182 10  Confirmation n° CF26-52816
            40  196 10  N° de commande BC-40411
        """),
        *TABLE,
    )
    assert value(result, "document_number") == "CF26-52816"
    assert value(result, "order_number") == "BC-40411"


def test_a_purchase_order_quotes_no_buyer_s_order() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  160 15b Purchase Order N° PO25-41890
            40  190 8   Document
            160 190 8   Your Order Reference
            300 190 8   Date Ordered
            40  202 10  PO25-41890
            160 202 10  EST.25.7494
            300 202 10  Dec 29, 2025
        """),
        *TABLE,
    )
    assert result.doc_type == "purchase_order"
    assert value(result, "document_number") == "PO25-41890"
    assert value(result, "order_number") is None


def test_an_empty_terms_cell_of_a_grid_takes_nothing_from_the_table_under_it() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  160 15b FACTURE N° FA-2025-0418
            40  200 8   Date
            160 200 8   Votre référence
            300 200 8   Conditions de règlement
            40  212 10  14/03/2025
            302 236 9   Prix
        """),
        *TABLE,
    )
    assert value(result, "payment_terms") is None


def test_the_payment_means_with_its_account_is_no_terms() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  160 15b FACTURE N° FA-2025-0418
            40  180 10  Date : 14/03/2025
            40  450 8   Règlement par virement sur le compte IBAN FR76 3000 4000 0312 3456 7890 143.
        """),
        *TABLE,
    )
    assert value(result, "payment_terms") is None


def test_terms_paid_by_a_means_keep_their_delay() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  160 15b FACTURE N° FA-2025-0418
            40  180 10  Date : 14/03/2025
            40  194 10  Conditions de paiement : LCR à 60 jours fin de mois
        """),
        *TABLE,
    )
    assert value(result, "payment_terms") == "LCR à 60 jours fin de mois"


def test_the_buyer_s_order_said_with_its_date_before_its_number() -> None:
    for said, number in (
        ("Livraison de votre commande du 02/03/2025 n° BC-45120 :", "BC-45120"),
        ("As agreed, your order of 2 March 2025, No. 4500123456, is invoiced below.", "4500123456"),
    ):
        result = read(
            *SELLER,
            *printed(f"""
                40  160 15b FACTURE N° FA-2025-0418
                40  180 10  Date : 14/03/2025
                40  240 10  {said}
            """),
            *TABLE,
        )
        assert value(result, "order_number") == number
        assert _conf(result, "order_number") <= 0.85


def test_a_value_starting_like_a_number_mark_keeps_its_letters() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  160 15b INVOICE INV-7731
            40  180 10  Date: 14/03/2025
            40  194 10  Account
            120 194 10  NOR838
        """),
        *TABLE,
    )
    assert value(result, "customer_number") == "NOR838"


def test_a_letterhead_line_beside_a_grid_s_labels_is_no_value_row() -> None:
    # the issuer's postcode line shares the labels' row; its country line under it is no
    # row of values, and the grid's values come a line lower
    result = read(
        *printed("""
            40  40  14b Moreau Outillage SARL
            40  56  10  18 rue des Lilas
            40  72  10  59000 Lille
            330 40  15b CONFIRMATION DE COMMANDE
            330 72  8   DATE
            420 72  8   N° CONFIRMATION
            40  86  10  France
            330 100 10  14/03/2025
            420 100 10  CC-88412
            330 140 10b Ateliers Blanc
            330 154 10  37 avenue Jean Jaures
            330 168 10  69007 Lyon
        """),
        *TABLE,
    )
    assert value(result, "document_number") == "CC-88412"
    assert value(result, "document_date") == "2025-03-14"

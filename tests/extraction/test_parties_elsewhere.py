"""Parties printed where the letterhead and labelled blocks are not: a sender's block at the
foot, the issuer named only in the legal line, a logo's monogram beside the name, a
customer's code before its name; and no due date read from a date's place alone. Whole
documents through ``extract_bytes`` (issue 20, parties)."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    Text,
    cells_at,
    oak_beam_item,
    offered,
    read,
    reads,
    rows,
    value,
)

TABLE = [*oak_beam_item(330), *cells_at(380, [360, 460], ["Total", "850.00"])]


def test_a_from_block_at_the_foot_of_an_order_is_the_buyer() -> None:
    result = read(
        Text(330, 40, "PURCHASE ORDER", 16, bold=True),
        *rows(330, 64, ["PO number: PO-88123", "Date: 12 March 2025"]),
        *rows(40, 150, ["Marsh & Brooks Ltd", "39 King Street", "Glasgow G2 3QZ"]),
        *TABLE,
        Text(40, 600, "From", bold=True),
        *rows(
            40,
            614,
            [
                "Carver Engineering Limited",
                "68 Station Approach",
                "Cardiff CF10 1EP",
                "Tel. 0162 904 2828",
            ],
        ),
    )
    assert result.doc_type == "purchase_order"
    reads(result, customer_name="Carver Engineering Limited", supplier_name="Marsh & Brooks Ltd")


def test_the_issuer_named_only_in_the_legal_line_is_offered() -> None:
    result = read(
        Text(330, 40, "FACTURE", 16, bold=True),
        *rows(330, 64, ["Facture n° F-2025-0412", "Date : 12/03/2025"]),
        *rows(330, 150, ["Quincaillerie Perrin", "12 rue des Lilas", "69003 Lyon"]),
        *TABLE,
        Text(
            40,
            780,
            "Menuiserie Brun SA, au capital de 10 000 € – RCS Nantes 646 989 038",
            8,
        ),
    )
    offered(result, "supplier_name", "Menuiserie Brun SA")


def test_a_logo_monogram_is_not_part_of_the_name_nor_a_name() -> None:
    result = read(
        Text(40, 40, "AG", 13, bold=True),
        Text(62, 38, "Ateliers Guérin SAS", 18, bold=True),
        Text(330, 40, "FACTURE", 16, bold=True),
        *rows(330, 64, ["Facture n° F-2025-0413", "Date : 12/03/2025"]),
        Text(40, 150, "Facturer à :", bold=True),
        *rows(40, 164, ["Quincaillerie Perrin", "12 rue des Lilas", "69003 Lyon"]),
        *TABLE,
    )
    assert value(result, "supplier_name") == "Ateliers Guérin SAS"


def test_a_customer_code_before_a_wrapped_name_is_left_out() -> None:
    result = read(
        Text(40, 40, "Rousseau Emballages SARL", 16, bold=True),
        *rows(40, 62, ["146 rue de la République", "33000 Bordeaux"]),
        Text(330, 40, "FACTURE", 16, bold=True),
        *rows(330, 64, ["Facture n° F-2025-0414", "Date : 12/03/2025"]),
        Text(40, 150, "Client : C70770 Transports du"),
        *rows(40, 164, ["Littoral SAS", "52 chemin des Vignes", "35000 Rennes"]),
        *TABLE,
    )
    reads(
        result,
        customer_name="Transports du Littoral SAS",
        billing_address="52 chemin des Vignes, 35000 Rennes",
    )


def test_a_reference_and_its_number_at_the_top_is_no_name() -> None:
    result = read(
        Text(330, 40, "Invoice", 16, bold=True),
        *rows(330, 64, ["Invoice No.: 6501234", "Date: 19 February 2026", "Tender Ref. M25-854"]),
        *rows(40, 150, ["Logistics Direct Ltd", "29 Station Approach", "Manchester M1 2AB"]),
        *TABLE,
    )
    assert value(result, "supplier_name") != "Tender Ref. M25-854"
    assert value(result, "customer_name") != "Tender Ref. M25-854"


def test_an_invoices_second_date_of_unread_label_is_no_due_date() -> None:
    result = read(
        Text(40, 40, "Harbour Tools Ltd", 16, bold=True),
        *rows(40, 62, ["14 Mill Lane", "Cardiff CF10 1EP"]),
        Text(330, 40, "INVOICE", 16, bold=True),
        *rows(330, 64, ["Invoice No.: 7700123", "Date: 03/02/2025", "Leveringsdatum: 03/09/2025"]),
        *rows(40, 150, ["Logistics Direct Ltd", "29 Station Approach", "Manchester M1 2AB"]),
        *TABLE,
    )
    assert value(result, "due_date") is None


def test_an_indented_payable_to_block_is_the_supplier_and_a_stamp_no_name() -> None:
    result = read(
        Text(260, 40, "INVOICE", 16, bold=True),
        Text(480, 40, "ORIGINAL", 10, bold=True),
        *rows(380, 70, ["INVOICE NUMBER  20517440", "INVOICE DATE  12/20/2013"]),
        Text(30, 100, "PAYABLE TO :", 8),
        *rows(
            44, 116, ["Harbour Electronics Inc.", "Post Office Box 100402", "Pasadena, CA 91189"]
        ),
        Text(30, 180, "BILL TO", 8, bold=True),
        *rows(
            30, 194, ["Northwind Labs Inc.", "1600 Amphitheatre Parkway", "Mountain View, CA 94043"]
        ),
        *TABLE,
    )
    reads(result, supplier_name="Harbour Electronics Inc.", customer_name="Northwind Labs Inc.")

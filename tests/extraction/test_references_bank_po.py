"""A reference is not a number of the sender's bank details nor, when a label says it is the
buyer's, the document's own number; a bare "PO:" names the purchase order: on what answers
an order the buyer's, on the order itself its own."""

from __future__ import annotations

from tests.extraction.pages_for_tests import printed, read, value
from tests.extraction.test_reference_concepts import TABLE

SELLER = printed("""
    40  40  14b Norbert Hydraulics Ltd
    40  56  10  Unit 4, Riverside Park
    40  70  10  Leeds LS9 0AB
    330 100 10b Castle Foods plc
    330 114 10  22 Mill Lane
    330 128 10  York YO1 7HH
""")


def test_the_account_number_of_bank_details_is_no_customer_number() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  170 16b INVOICE
            40  200 9   Invoice No: 5521
            40  214 9   Date: 12/03/2024
            40  440 9b  Payment details
            40  454 9   Account name: Norbert Hydraulics Ltd
            40  468 9   Account number: 43871166
            40  482 9   Sort code: 20-45-77
        """),
        *TABLE,
    )
    assert value(result, "document_number") == "5521"
    assert value(result, "customer_number") is None


def test_a_bank_line_in_the_footer_gives_no_customer_number() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  170 16b INVOICE
            40  200 9   Invoice No: 5521
            40  214 9   Date: 12/03/2024
            40  760 8   Bank details: Barclays, Sort code 20-45-77, Account No 43871166
        """),
        *TABLE,
    )
    assert value(result, "customer_number") is None


def test_an_account_number_away_from_bank_details_stays_the_customer_s() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  170 16b INVOICE
            330 170 9   Invoice: 88213
            330 184 9   Date: 12/03/2024
            330 198 9   Account No: 100432
            40  760 8   Bank details: Barclays, Sort code 20-45-77, Account No 43871166
        """),
        *TABLE,
    )
    assert value(result, "customer_number") == "100432"


def test_a_bare_po_label_on_an_invoice_gives_the_buyer_s_order() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  170 16b INVOICE
            330 170 9   Invoice: 88213
            330 184 9   Date: 12/03/2024
            330 198 9   P.O.: 77-1204
        """),
        *TABLE,
    )
    assert value(result, "document_number") == "88213"
    assert value(result, "order_number") == "77-1204"


def test_a_bare_po_label_on_a_purchase_order_gives_its_own_number() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  170 16b PURCHASE ORDER
            330 170 9   PO: 4500017731
            330 184 9   Date: 12/03/2024
        """),
        *TABLE,
    )
    assert result.doc_type == "purchase_order"
    assert value(result, "document_number") == "4500017731"
    assert value(result, "order_number") is None


def test_the_buyer_s_order_is_not_also_the_document_number() -> None:
    # captions printed under their values: "Invoice number" stands above the next row's
    # value as well, which its label says is the buyer's order
    result = read(
        *SELLER,
        *printed("""
            40  170 16b INVOICE
            330 170 11  DX-30417
            330 182 7   Invoice number
            430 170 11  12/03/2024
            430 182 7   Date
            330 200 11  PK-88102
            330 212 7   Your order
            430 200 11  CU-5073
            430 212 7   Customer no.
        """),
        *TABLE,
    )
    assert value(result, "order_number") == "PK-88102"
    assert value(result, "document_number") != "PK-88102"


def test_the_seller_s_own_order_is_not_the_buyer_s() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  170 16b INVOICE
            330 200 9   Invoice no: 5521
            330 214 9   Date: 12/03/2024
            330 228 9   Our order no: SO-3310
        """),
        *TABLE,
    )
    assert value(result, "document_number") == "5521"
    assert value(result, "order_number") is None


def test_the_buyer_s_order_beside_the_seller_s_own_is_kept() -> None:
    result = read(
        *SELLER,
        *printed("""
            40  170 16b INVOICE
            330 200 9   Invoice no: 5521
            330 214 9   Date: 12/03/2024
            330 228 9   Our order no: SO-3310
            330 242 9   Your order no: 4500017731
        """),
        *TABLE,
    )
    assert value(result, "order_number") == "4500017731"

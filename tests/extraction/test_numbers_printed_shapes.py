"""A number is read whole, as its sender prints it: the capitals of its code set apart by a
space ("PO 6612", "FA 25-118", "CMD 88123") are part of it, as "INV-100" and "PO445" are in
the truth of real documents. Read without them, "PO 6612" came out "6612" at 0.99: a
confident wrong value (issue 20's trust rule)."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, one_item_page, printed, read, reads

SENDER = ("Atelier Dupont SARL", ["12 rue des Lilas", "69003 Lyon"])


def _page(title: str, head: list[Text]) -> list[Text]:
    return one_item_page(SENDER[0], SENDER[1], title, head)


def test_a_code_printed_apart_from_its_digits_is_read_with_its_capitals() -> None:
    head = printed("""
        300 100 10 Invoice No.: FA 25-118
        300 116 10 Date: 12/03/2025
        300 132 10 Your order: PO 6612
        300 148 10 Account No.: CL 00451
    """)
    result = read(*_page("INVOICE", head))
    reads(result, document_number="FA 25-118", order_number="PO 6612", customer_number="CL 00451")


def test_a_grid_of_captions_over_values_keeps_each_numbers_prefix() -> None:
    head = printed("""
        60  100 8  N° facture
        180 100 8  Date
        300 100 8  Votre commande
        420 100 8  Code client
        60  112 10 FA 2025 0412
        180 112 10 12/03/2025
        300 112 10 CMD 88123
        420 112 10 411DUP
    """)
    result = read(*_page("FACTURE", head))
    reads(
        result,
        document_number="FA 2025 0412",
        order_number="CMD 88123",
        customer_number="411DUP",
    )


def test_no_number_is_read_sure_without_the_capitals_it_prints() -> None:
    """Whatever is read of "PO 6612", it is never its digits alone at 0.9 or more."""
    head = printed("""
        300 100 10 Invoice # INV-2025/0042
        300 116 10 Date 12/03/2025
        300 132 10 Cust. PO PO 6612
    """)
    result = read(*_page("INVOICE", head))
    reads(result, document_number="INV-2025/0042")
    for name in ("order_number", "document_number", "customer_number"):
        field = result.fields.get(name)
        if field is not None and field.value in ("6612", "2025/0042"):
            assert field.confidence < 0.9, (name, field.value, field.confidence)


def test_a_mark_before_a_prefixed_number_is_no_part_of_it() -> None:
    head = printed("""
        300 100 10 Invoice No. SI 25-00481
        300 116 10 Date 12/03/2025
        300 132 10 Your order no. 4500012345
    """)
    result = read(*_page("INVOICE", head))
    reads(result, document_number="SI 25-00481", order_number="4500012345")

"""A payment's own titles: an English compound names its head last ("Invoice payment" is a
payment, not an invoice), and a remittance or a receipt of payment titled in words the
advice's usual phrases do not hold is still a payment advice, on its title alone
(extraction/classify.py)."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, read_pages, right

HEAD = [
    Text(50, 40, "Northgate Fasteners Ltd", 16, bold=True),
    Text(50, 60, "8 Mill Lane, Bristol BS1 4QA", 8),
    Text(330, 120, "Harbour Tools plc"),
    Text(330, 134, "21 Quay Street, Hull HU1 1AA"),
]
# the invoices settled, with no head that says they are paid: only the title tells
LISTED = [
    Text(50, 330, "Invoice"),
    Text(200, 330, "Date"),
    right(540, 330, "Amount"),
    Text(50, 346, "INV-55120"),
    Text(200, 346, "02/04/2025"),
    right(540, 346, "1,250.00"),
    Text(50, 362, "INV-55187"),
    Text(200, 362, "09/04/2025"),
    right(540, 362, "830.40"),
]
# a page that says no more than its title and an amount
AMOUNT = [
    Text(50, 260, "Reference: PAY-3381"),
    Text(330, 300, "Amount:"),
    right(540, 300, "2,080.40"),
]


def test_an_invoice_payment_is_a_payment() -> None:
    result = read_pages([*HEAD, Text(50, 220, "Invoice payment - RA-3381", 14, bold=True), *LISTED])
    assert result.doc_type == "payment_advice"


def test_a_remittance_titled_by_itself_is_a_payment_advice() -> None:
    result = read_pages([*HEAD, Text(50, 220, "Remittance No. 3381", 14, bold=True), *AMOUNT])
    assert result.doc_type == "payment_advice"


def test_a_receipt_of_payment_is_a_payment_advice() -> None:
    result = read_pages([*HEAD, Text(50, 220, "Confirmation de virement", 14, bold=True), *AMOUNT])
    assert result.doc_type == "payment_advice"

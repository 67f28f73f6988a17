"""A payment advice (a remittance, a receipt of payment) that prints one date of its own and
no other outside the list of invoices it settles was made out the day it pays: that date is
offered as its payment date too, never sure; an advice that prints a second date of its own
(an issue date beside a date it pays on) is left to the words that say which is which
(extraction/payment_dates.py)."""

from __future__ import annotations

from extraction.payment_dates import ONE_DATE_CAP
from tests.extraction.pages_for_tests import Text, read_pages, right

HEAD = [
    Text(50, 40, "Northgate Fasteners Ltd", 16, bold=True),
    Text(50, 60, "8 Mill Lane, Bristol BS1 4QA", 8),
    Text(330, 120, "Harbour Tools plc"),
    Text(330, 134, "21 Quay Street, Hull HU1 1AA"),
]


def listing(y: float = 330) -> list[Text]:
    """The invoices the payment settles, each with its own date and the amount paid."""
    rows = [("INV-55120", "02/04/2025", "1,250.00"), ("INV-55187", "09/04/2025", "830.40")]
    out = [Text(50, y, "Invoice"), Text(200, y, "Invoice date"), right(540, y, "Amount paid")]
    for i, (number, day, paid) in enumerate(rows):
        top = y + 16 * (i + 1)
        out += [Text(50, top, number), Text(200, top, day), right(540, top, paid)]
    out += [Text(330, y + 60, "Total paid:"), right(540, y + 60, "2,080.40")]
    return out


def test_the_only_date_of_a_remittance_is_offered_as_its_payment_date() -> None:
    result = read_pages(
        [
            *HEAD,
            Text(50, 200, "Remittance Advice", 14, bold=True),
            Text(50, 226, "Reference: PAY-3381"),
            Text(50, 242, "Date: 05/05/2025"),
            *listing(),
        ]
    )
    assert result.doc_type == "payment_advice"
    assert result.fields["document_date"].value == "2025-05-05"
    paid = result.fields["payment_date"]
    assert paid.value == "2025-05-05" and paid.confidence <= ONE_DATE_CAP


def test_an_advice_with_a_second_date_of_its_own_is_not_guessed() -> None:
    result = read_pages(
        [
            *HEAD,
            Text(50, 200, "Remittance Advice", 14, bold=True),
            Text(50, 226, "Date: 05/05/2025"),
            Text(50, 242, "Statement period ending 30/04/2025"),
            *listing(),
        ]
    )
    assert result.fields["document_date"].value == "2025-05-05"
    assert "payment_date" not in result.fields


def test_the_date_of_the_one_invoice_an_advice_lists_is_not_its_own() -> None:
    result = read_pages(
        [
            *HEAD,
            Text(50, 200, "Remittance Advice", 14, bold=True),
            Text(50, 226, "Reference: PAY-3381"),
            Text(50, 330, "Your invoice"),
            Text(200, 330, "Dated"),
            right(540, 330, "Paid"),
            Text(50, 346, "INV-55120"),
            Text(200, 346, "02/04/2025"),
            right(540, 346, "1,250.00"),
            Text(330, 380, "Total paid:"),
            right(540, 380, "1,250.00"),
        ]
    )
    assert result.doc_type == "payment_advice"
    assert "document_date" not in result.fields


def test_a_header_grid_of_reference_and_dates_is_no_listing_of_invoices() -> None:
    result = read_pages(
        [
            *HEAD,
            Text(50, 200, "Remittance Advice", 14, bold=True),
            Text(330, 226, "Ref."),
            Text(400, 226, "Issue date"),
            Text(480, 226, "Value date"),
            Text(330, 240, "RA052555"),
            Text(400, 240, "03.06.2025"),
            Text(480, 240, "05.06.2025"),
            *listing(),
        ]
    )
    assert result.fields["document_date"].value == "2025-06-03"
    assert result.fields["payment_date"].value == "2025-06-05"

"""Dates whose labels orderdesk has never read (a sender's own wording, a header grid in
another tongue): the document's date is the first date of the page's head, the one other
date after it when the goods come (an order), each offered to a clerk and never shown sure
on its place alone; when to pay is read only where words say it ("Settle by"), never from
a date's place (issue 20: it was as often another date, or none was printed); dates in a
table of other documents are none of them."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, grid, offered, one_item_page, read, rows, value


def _page(title: str, head: list[Text]) -> list[Text]:
    return one_item_page("Holzbau Keller GmbH", ["Lindenweg 4", "79098 Freiburg"], title, head)


def test_dates_beside_words_no_label_reads() -> None:
    """'Billing day' and 'Settle by': neither is a label orderdesk knows; the first date
    is the invoice's, the later one when to pay."""
    head = ["Invoice no: RE-2025-0418", "Billing day: 14/03/2025", "Settle by: 13/04/2025"]
    result = read(*_page("INVOICE", rows(380, 80, head, step=16)))
    offered(result, "document_date", "2025-03-14")
    offered(result, "due_date", "2025-04-13")


def test_a_header_grid_of_unknown_headings() -> None:
    """'Beleg | Tag | Zahlziel' over the values: the date under an unread heading after the
    number is the document's; the other one, its heading unread, is no due date by its
    place alone."""
    head = grid(150, ["Beleg", "Tag", "Zahlziel"], ["RE-2025-0418", "14.03.2025", "13.04.2025"])
    result = read(*_page("INVOICE", head))
    offered(result, "document_date", "2025-03-14")
    assert value(result, "due_date") is None


def test_an_order_s_second_date_is_when_the_goods_come() -> None:
    head = ["PO no: PO-2025-0077", "Raised: 02/05/2025", "Wanted on site: 20/05/2025"]
    result = read(*_page("PURCHASE ORDER", rows(380, 80, head, step=16)))
    offered(result, "document_date", "2025-05-02")
    offered(result, "delivery_date", "2025-05-20")
    assert value(result, "due_date") is None


def test_dates_in_a_table_of_invoices_are_not_the_document_s() -> None:
    """A remittance listing the invoices it pays, with their dates: none of them is the
    advice's own date, which it does not print."""
    doc = [
        Text(40, 40, "Brunner Handels AG", 14, bold=True),
        Text(380, 40, "REMITTANCE ADVICE", 16, bold=True),
        Text(380, 80, "Advice no: RA-2025-0112"),
        *[Text(40, 160 + 16 * i, f"INV-2025-04{i}") for i in range(3)],
        *[Text(200, 160 + 16 * i, f"0{i + 3}/02/2025") for i in range(3)],
        *rows(460, 160, ["1,250.00", "380.40", "99.90"], step=16),
    ]
    assert value(read(*doc), "document_date") is None


def test_a_month_abbreviated_with_its_accent() -> None:
    """'16 aoû 2024': août cut after its accented letter."""
    head = rows(380, 80, ["N° BL-2024-2437", "Date : 16 aoû 2024"], step=16)
    result = read(*_page("BON DE LIVRAISON", head))
    assert value(result, "document_date") == "2024-08-16"

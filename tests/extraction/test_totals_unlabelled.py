"""Totals whose labels orderdesk has never read, where the line reader took their row for
one more item, or where no line table was read: found by arithmetic all the same, and
offered to a clerk, never shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    Text,
    beside_title,
    grid,
    offered,
    read,
    sender_and_title,
    table_rows,
)


def _head() -> list[Text]:
    return [
        *sender_and_title("Holzbau Keller GmbH", ["Lindenweg 4", "79098 Freiburg"], "INVOICE"),
        *beside_title("Invoice no: RE-2025-0418", "Date: 14/03/2025"),
    ]


def test_a_totals_row_under_the_items_with_no_words() -> None:
    """'974.00 | 194.80 | 1168.80' printed right under the items in their columns: read as
    one more item, its amounts are still the totals (the items above sum to 974.00)."""
    columns = [40, 300, 360, 460]
    items = [
        ("Description", "Qty", "Unit price", "Amount"),
        ("Oak beam 120 x 240 mm", "4", "212.50", "850.00"),
        ("Fixing brackets, galvanised", "10", "12.40", "124.00"),
    ]
    sums = table_rows([("Summe", "974.00", "194.80", "1168.80")], columns, 256)
    result = read(*_head(), *table_rows(items, columns, 200), *sums)
    offered(result, "total_net", "974.00")
    offered(result, "total_tax", "194.80")
    offered(result, "total_gross", "1168.80")


def test_a_remittance_whose_list_starts_high_on_the_page() -> None:
    """No item read: the paid invoices' column starts in the upper third of the page, and
    the amount under an unread word is its sum."""
    doc = [
        Text(40, 40, "Brunner Handels AG", 14, bold=True),
        Text(380, 40, "ZAHLUNGSAVIS", 16, bold=True),
        Text(40, 120, "Beleg"),
        Text(460, 120, "Betrag"),
        *[Text(40, 136 + 16 * i, f"RE-2025-04{i}") for i in range(6)],
        *[
            Text(460, 136 + 16 * i, v)
            for i, v in enumerate(["1250.00", "380.40", "99.90", "2045.10", "17.35", "640.00"])
        ],
        Text(300, 260, "Überwiesen"),
        Text(460, 260, "4432.75"),
    ]
    offered(read(*doc), "total_gross", "4432.75")


def test_the_only_amount_with_cents_is_the_total() -> None:
    """'34278587 | 6/18/2017 | $56,651.49' under headings no label reads: the one amount
    printed with cents on the invoice is what it totals to."""
    doc = [
        Text(40, 40, "Harbor Freight Services", 14, bold=True),
        Text(380, 40, "INVOICE", 16, bold=True),
        *grid(150, ["Beleg", "Tag", "Betrag"], ["34278587", "6/18/2017", "$56,651.49"]),
        Text(40, 240, "Crates shipped: 12"),
    ]
    offered(read(*doc), "total_gross", "56651.49")

"""Totals whose labels orderdesk has never read, where the line reader took their row for
one more item, or where no line table was read: found by arithmetic all the same, and
offered to a clerk, never shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, offered, read, rows


def _head() -> list[Text]:
    return [
        Text(40, 40, "Holzbau Keller GmbH", 14, bold=True),
        *rows(40, 62, ["Lindenweg 4", "79098 Freiburg"]),
        Text(380, 40, "INVOICE", 16, bold=True),
        Text(380, 80, "Invoice no: RE-2025-0418"),
        Text(380, 96, "Date: 14/03/2025"),
    ]


def test_a_totals_row_under_the_items_with_no_words() -> None:
    """'974.00 | 194.80 | 1168.80' printed right under the items in their columns: read as
    one more item, its amounts are still the totals (the items above sum to 974.00)."""
    result = read(
        *_head(),
        Text(40, 200, "Description"),
        Text(300, 200, "Qty"),
        Text(360, 200, "Unit price"),
        Text(460, 200, "Amount"),
        Text(40, 216, "Oak beam 120 x 240 mm"),
        Text(300, 216, "4"),
        Text(360, 216, "212.50"),
        Text(460, 216, "850.00"),
        Text(40, 232, "Fixing brackets, galvanised"),
        Text(300, 232, "10"),
        Text(360, 232, "12.40"),
        Text(460, 232, "124.00"),
        Text(40, 256, "Summe"),
        Text(300, 256, "974.00"),
        Text(360, 256, "194.80"),
        Text(460, 256, "1168.80"),
    )
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
        Text(40, 150, "Beleg"),
        Text(160, 150, "Tag"),
        Text(280, 150, "Betrag"),
        Text(40, 164, "34278587"),
        Text(160, 164, "6/18/2017"),
        Text(280, 164, "$56,651.49"),
        Text(40, 240, "Crates shipped: 12"),
    ]
    offered(read(*doc), "total_gross", "56651.49")

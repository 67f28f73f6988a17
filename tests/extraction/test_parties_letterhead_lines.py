"""The customer is never a line of the supplier's own letterhead: a street or a town printed
under the supplier's name is not the customer's name, nor the start of its billing address;
a label's words ("S/O DATE") are no party's name. The customer's block under a caption
close below the letterhead stays the customer's."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, read, rows, value


def reminder(gap_caption: bool) -> list[Text]:
    """A letterhead at the top left (name, street, town, postcode, contact line), the title
    and a column of "Label - value" lines on the right, the customer's block further down
    on the left (under a caption, or bare in the envelope window)."""
    head = [
        Text(310, 40, "Payment Reminder", 18),
        Text(39, 66, "Foods Direct Ltd", 16),
        *rows(39, 87, ["179 Queensway", "Bristol", "BS1 5TR"], step=13.5),
        Text(39, 127, "Tel. 0186 723 0800 · contact@foods.co.uk", 8.5),
        Text(310, 72, "Date - 6 November 2024"),
        Text(310, 87, "Acct # - 084062"),
        Text(310, 101, "Pay By - 16 November 2024"),
        Text(310, 116, "VAT ID - GB440592361"),
    ]
    top = 178
    if gap_caption:
        head.append(Text(39, 164, "Bill to:"))
    head += rows(39, top, ["Electrical Direct Ltd", "Unit 22", "53 Park Avenue", "Leeds LS1 4DY"])
    return [
        *head,
        Text(40, 300, "Invoice"),
        Text(160, 300, "Date"),
        Text(300, 300, "Due"),
        Text(480, 300, "Outstanding"),
        Text(40, 316, "3518557"),
        Text(160, 316, "22 May 2024"),
        Text(300, 316, "21 June 2024"),
        Text(480, 316, "3,982.71"),
    ]


def test_no_line_of_the_letterhead_is_the_customer() -> None:
    result = read(*reminder(gap_caption=False))
    assert value(result, "supplier_name") == "Foods Direct Ltd"
    assert value(result, "customer_name") not in ("179 Queensway", "Bristol", "BS1 5TR")
    billing = value(result, "billing_address") or ""
    assert "Queensway" not in billing and "BS1 5TR" not in billing


def test_the_customer_under_its_caption_below_the_letterhead_stays() -> None:
    result = read(*reminder(gap_caption=True))
    assert value(result, "customer_name") == "Electrical Direct Ltd"

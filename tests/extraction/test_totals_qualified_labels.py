"""A totals label's qualifier words decide which total it names: "before tax", "hors
taxes", "excl. VAT", "avant taxes" leave the tax out of the amount, so it is the net, never
the tax (the tax word in the qualifier names no tax), whatever head word comes first, and
even when no three amounts add up for the arithmetic to set it right."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import DUPONT_HEAD, Text, printed, read, reads, table_rows

NET_LABELS = [
    "Sub-total before tax",
    "Subtotal (before tax)",
    "Goods before tax",
    "Net before tax",
    "Montant avant taxes",
    "Base hors taxes",
    "Valeur hors taxes",
    "Hors taxes",
    "Total w/o VAT",
    "Subtotal excl. VAT",
]


@pytest.mark.parametrize("label", NET_LABELS)
@pytest.mark.parametrize("beside", [True, False])
def test_an_amount_whose_label_leaves_the_tax_out_is_the_net(label: str, beside: bool) -> None:
    page = printed(DUPONT_HEAD)
    if beside:
        page += [Text(330, 520, label), Text(480, 520, "1 000,00")]
    else:
        page += [Text(330, 520, f"{label} 1 000,00")]
    result = read(*page)
    reads(result, total_net="1000.00", total_tax=None)


@pytest.mark.parametrize("label", ["Montant avant taxes", "Sub-total before tax"])
def test_with_the_gross_the_qualified_amount_stays_the_net(label: str) -> None:
    page = [
        *printed(DUPONT_HEAD),
        Text(330, 520, label),
        Text(480, 520, "1 000,00"),
        Text(330, 552, "Total"),
        Text(480, 552, "1 200,00"),
    ]
    reads(read(*page), total_net="1000.00", total_tax=None, total_gross="1200.00")


def test_the_tax_line_under_a_qualified_net_is_still_the_tax() -> None:
    page = [
        *printed(DUPONT_HEAD),
        *table_rows(
            [
                ["Montant avant taxes", "1 000,00"],
                ["Taxes", "200,00"],
                ["Montant total", "1 200,00"],
            ],
            [330, 480],
            520,
        ),
    ]
    reads(read(*page), total_net="1000.00", total_tax="200.00", total_gross="1200.00")

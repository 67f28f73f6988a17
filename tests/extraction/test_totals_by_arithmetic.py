"""Totals printed under words no label reads ("Summe netto", "Montant facturé", "Amount
payable", or nothing at all): found by arithmetic among the amounts under the line table
(net + tax = gross at a plausible VAT rate, the lines summing to the net), and offered to a
clerk, never shown sure on arithmetic alone."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, read, rows, value

ACCEPT = 0.9


def _invoice(totals: list[tuple[str, str]]) -> list[Text]:
    return [
        Text(40, 40, "Holzbau Keller GmbH", 14, bold=True),
        *rows(40, 62, ["Lindenweg 4", "79098 Freiburg"]),
        Text(380, 40, "INVOICE", 16, bold=True),
        Text(380, 80, "Invoice no: RE-2025-0418"),
        Text(380, 96, "Date: 14/03/2025"),
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
        *[Text(340, 300 + 16 * i, label) for i, (label, _) in enumerate(totals)],
        *[Text(460, 300 + 16 * i, v) for i, (_, v) in enumerate(totals)],
    ]


def _offered(result: object, name: str, expected: str) -> None:
    assert value(result, name) == expected  # type: ignore[arg-type]
    assert result.fields[name].confidence < ACCEPT  # type: ignore[attr-defined]


def test_totals_under_unknown_words_are_found_by_net_plus_tax() -> None:
    """'Warenwert | Abgabe | Endbetrag': none a label orderdesk knows; 974.00 + 194.80 =
    1168.80 at 20 %, and the lines sum to 974.00."""
    result = read(
        *_invoice([("Warenwert", "974.00"), ("Abgabe", "194.80"), ("Endbetrag", "1168.80")])
    )
    _offered(result, "total_net", "974.00")
    _offered(result, "total_tax", "194.80")
    _offered(result, "total_gross", "1168.80")


def test_totals_with_no_label_at_all() -> None:
    result = read(*_invoice([("", "974.00"), ("", "53.57"), ("", "1027.57")]))
    _offered(result, "total_net", "974.00")
    _offered(result, "total_tax", "53.57")
    _offered(result, "total_gross", "1027.57")


def test_amounts_that_do_not_add_up_are_not_taken_for_totals() -> None:
    """Three amounts under the table with no relation between them: nothing is proposed."""
    result = read(*_invoice([("Acompte", "300.00"), ("Frais", "17.00"), ("Reste", "650.00")]))
    assert value(result, "total_gross") is None
    assert value(result, "total_tax") is None


def test_charges_added_to_the_goods_are_not_the_tax() -> None:
    """'974.00 | 5.00 | 979.00 | 195.80 | 1174.80': goods + a charge = the net, net + VAT =
    the gross; the first sum is not the totals although the lines sum to its first term."""
    result = read(
        *_invoice(
            [("", "974.00"), ("Fracht", "5.00"), ("", "979.00"), ("", "195.80"), ("", "1174.80")]
        )
    )
    _offered(result, "total_net", "979.00")
    _offered(result, "total_tax", "195.80")
    _offered(result, "total_gross", "1174.80")


def test_an_amount_that_sums_the_column_above_it_is_the_total() -> None:
    """A remittance with no tax: the amount under the paid invoices' column is their sum."""
    doc = [
        Text(40, 40, "Brunner Handels AG", 14, bold=True),
        Text(380, 40, "ZAHLUNGSAVIS", 16, bold=True),
        Text(40, 300, "Beleg"),
        Text(460, 300, "Betrag"),
        *[Text(40, 316 + 16 * i, f"RE-2025-04{i}") for i in range(3)],
        Text(460, 316, "1250.00"),
        Text(460, 332, "380.40"),
        Text(460, 348, "99.90"),
        Text(300, 390, "Überwiesen"),
        Text(460, 390, "1730.30"),
    ]
    _offered(read(*doc), "total_gross", "1730.30")

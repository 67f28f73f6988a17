"""Totals printed under words no label reads ("Summe netto", "Montant facturé", "Amount
payable", or nothing at all): found by arithmetic among the amounts under the line table
(net + tax = gross at a plausible VAT rate, the lines summing to the net), and offered to a
clerk, never shown sure on arithmetic alone."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, printed, read, reads, value

ACCEPT = 0.9


def _invoice(totals: list[tuple[str, str]]) -> list[Text]:
    return [
        *printed("""
            40  40  14b Holzbau Keller GmbH
            40  62  10  Lindenweg 4
            40  75  10  79098 Freiburg
            380 40  16b INVOICE
            380 80  10  Invoice no: RE-2025-0418
            380 96  10  Date: 14/03/2025
            40  200 10  Description
            300 200 10  Qty
            360 200 10  Unit price
            460 200 10  Amount
            40  216 10  Oak beam 120 x 240 mm
            300 216 10  4
            360 216 10  212.50
            460 216 10  850.00
            40  232 10  Fixing brackets, galvanised
            300 232 10  10
            360 232 10  12.40
            460 232 10  124.00
        """),
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
    reads(result, total_gross=None, total_tax=None)


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
        *printed("""
            40  40  14b Brunner Handels AG
            380 40  16b ZAHLUNGSAVIS
            40  300 10  Beleg
            460 300 10  Betrag
        """),
        *[Text(40, 316 + 16 * i, f"RE-2025-04{i}") for i in range(3)],
        *printed("""
            460 316 10 1250.00
            460 332 10 380.40
            460 348 10 99.90
            300 390 10 Überwiesen
            460 390 10 1730.30
        """),
    ]
    _offered(read(*doc), "total_gross", "1730.30")

"""Rows that print no VAT rate get the rate the document states for them elsewhere
(``extraction.tables.rate_set``): in a sentence, in a breakdown of the rates with their
bases, in an exemption in words; and none where the statement does not settle which row
has which rate."""

from __future__ import annotations

from decimal import Decimal

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.result import ExtractionResult, FieldValue, LineItem
from extraction.tables.rate_set import RateSet, Stated, derive, drop_non_items, split
from tests.extraction.pages_for_tests import (
    DUPONT_HEAD,
    RightAt,
    header,
    printed,
    read,
    table_rows,
)

_COLUMNS: list[float | RightAt] = [40, RightAt(400), RightAt(470), RightAt(545)]


def _invoice(totals: list[str], after: str) -> ExtractionResult:
    """A French invoice of items (description, quantity, unit price, total HT) with no
    rate column, then ``after`` (totals and statements, ``printed`` format)."""
    rows = [[f"Article {n}", "1", total, total] for n, total in enumerate(totals, 1)]
    return read(
        *printed(DUPONT_HEAD),
        *header(250, [(40, "Désignation"), (370, "Qté"), (430, "P.U. HT"), (495, "Total HT")]),
        *table_rows(rows, _COLUMNS, 268),
        *printed(after),
    )


def test_a_rate_stated_in_a_sentence_is_every_rows_rate() -> None:
    result = _invoice(
        ["100,00", "250,00", "650,00"],
        """
        330 420 10 Total HT
        480 420 10 1 000,00 €
        330 436 10 Total TVA
        480 436 10 55,00 €
        330 452 10 Total TTC
        480 452 10 1 055,00 €
        40  490 9  TVA au taux de 5,5 % sur l'ensemble des articles.
        40  504 9  Escompte de 2 % pour paiement sous 8 jours.
        """,
    )
    assert [li.tax_rate for li in result.lines] == ["5.5", "5.5", "5.5"]


def test_a_breakdown_with_bases_gives_each_row_the_rate_whose_base_it_sums_to() -> None:
    result = _invoice(
        ["100,00", "300,00", "50,00"],
        """
        40  420 9  Base HT
        120 420 9  Taux
        200 420 9  Montant TVA
        40  434 9  400,00
        120 434 9  20 %
        200 434 9  80,00
        40  448 9  50,00
        120 448 9  5,5 %
        200 448 9  2,75
        330 420 10 Total HT
        480 420 10 450,00 €
        330 436 10 Total TVA
        480 436 10 82,75 €
        330 452 10 Total TTC
        480 452 10 532,75 €
        """,
    )
    assert [li.tax_rate for li in result.lines] == ["20", "20", "5.5"]


def test_a_breakdown_two_splits_of_the_rows_fit_gives_no_rate() -> None:
    result = _invoice(
        ["100,00", "100,00", "200,00"],
        """
        40  420 9  TVA 20 % sur 200,00 : 40,00
        40  434 9  TVA 5,5 % sur 200,00 : 11,00
        330 420 10 Total HT
        480 420 10 400,00 €
        330 436 10 Total TVA
        480 436 10 51,00 €
        330 452 10 Total TTC
        480 452 10 451,00 €
        """,
    )
    assert len(result.lines) == 3
    assert all(li.tax_rate is None for li in result.lines)


def test_an_exemption_in_words_with_no_tax_charged_is_a_zero_rate() -> None:
    result = _invoice(
        ["120,00", "80,00"],
        """
        330 420 10 Total HT
        480 420 10 200,00 €
        330 436 10 Net à payer
        480 436 10 200,00 €
        40  470 9  TVA non applicable, art. 293 B du CGI
        """,
    )
    assert [li.tax_rate for li in result.lines] == ["0", "0"]


def test_a_rate_that_the_tax_total_contradicts_is_given_to_no_row() -> None:
    result = _invoice(
        ["100,00", "250,00", "650,00"],
        """
        330 420 10 Total HT
        480 420 10 1 000,00 €
        330 436 10 Total TVA
        480 436 10 100,00 €
        330 452 10 Total TTC
        480 452 10 1 100,00 €
        40  490 9  TVA au taux de 5,5 % sur l'ensemble des articles.
        """,
    )
    assert all(li.tax_rate is None for li in result.lines)


def test_rates_printed_with_their_tax_only_settle_no_row_and_a_net_unread_no_exact_rate() -> None:
    totals = [Decimal("100.00"), Decimal("300.00"), Decimal("50.00")]
    # each rate's tax, no base: "VAT (5%) 2.75" does not say which rows it is charged on
    taxed = RateSet(
        stated=[
            Stated(Decimal(20), tax=Decimal("80.00")),
            Stated(Decimal("5.5"), tax=Decimal("2.75")),
        ]
    )
    assert derive(totals, taxed, Decimal("450.00"), Decimal("82.75"), None) is None
    with_bases = RateSet(
        stated=[Stated(Decimal(20), Decimal("400.00")), Stated(Decimal("5.5"), Decimal("50.00"))]
    )
    exact = derive(totals, with_bases, Decimal("450.00"), Decimal("82.75"), None)
    assert exact is not None and exact.exact
    assert exact.rates == [Decimal(20), Decimal(20), Decimal("5.5")]
    unread_net = derive(totals, with_bases, None, Decimal("82.75"), None)
    assert unread_net is not None and not unread_net.exact
    assert UNCONFIRMED_CAP <= 0.85


def test_split_finds_the_one_way_and_refuses_two() -> None:
    assert split([100, 300, 50], [(400, 400), (50, 50)]) == [0, 0, 1]
    assert split([100, 100, 200], [(200, 200), (200, 200)]) is None
    assert split([100, 300], [(500, 500), (0, 0)]) is None


def _result(totals: list[str], net: str, bare: int | None = None) -> ExtractionResult:
    lines = [
        LineItem(
            description=f"Item {i}",
            quantity=None if i == bare else "1",
            unit_price=None if i == bare else t,
            line_total=t,
        )
        for i, t in enumerate(totals)
    ]
    return ExtractionResult(
        language="en",
        lines=lines,
        fields={"total_net": FieldValue(value=net, confidence=0.95)},
    )


def test_the_one_amount_alone_the_net_leaves_out_is_no_item() -> None:
    doc = _result(["10.00", "20.00", "2.00"], "30.00", bare=2)
    assert drop_non_items(doc, []) == 1
    assert [li.line_total for li in doc.lines] == ["10.00", "20.00"]
    # the lines already sum to the net, or without it they would not: kept
    for totals, net in (
        (["10.00", "20.00", "2.00"], "32.00"),
        (["10.00", "20.00", "2.00"], "29.00"),
    ):
        doc = _result(totals, net, bare=2)
        assert drop_non_items(doc, []) == 0 and len(doc.lines) == 3


def test_a_column_of_legend_codes_read_as_rates_gives_each_row_its_codes_rate() -> None:
    columns: list[float | RightAt] = [40, RightAt(330), RightAt(400), RightAt(450), RightAt(545)]
    rows = [
        ["Article 1", "1", "100,00", "1", "100,00"],
        ["Article 2", "2", "25,00", "2", "50,00"],
        ["Article 3", "1", "300,00", "1", "300,00"],
    ]
    result = read(
        *printed(DUPONT_HEAD),
        *header(
            250,
            [(40, "Désignation"), (300, "Qté"), (360, "P.U. HT"), (430, "TVA"), (495, "Total HT")],
        ),
        *table_rows(rows, columns, 268),
        *printed("""
        330 420 10 Total HT
        480 420 10 450,00 €
        330 436 10 Total TVA
        480 436 10 82,75 €
        330 452 10 Total TTC
        480 452 10 532,75 €
        40  490 9  TVA 1 : 20 % ; 2 : 5,5 %
        """),
    )
    assert [li.tax_rate for li in result.lines] == ["20", "5.5", "20"]
    assert all(li.confidence <= UNCONFIRMED_CAP for li in result.lines)

"""The truth of a wild document gives a row the VAT rate its totals state when the row
prints none (issue 20): one rate charged on the whole net states it for every row; rates
printed with their bases state a row's rate when exactly one split of the rows fits."""

from __future__ import annotations

from decimal import Decimal

from samples.wild.printed import Printed


def _printed(totals: list[str], net: str, tax: str) -> Printed:
    out = Printed()
    for total in totals:
        row = out.row()
        row.put("description", "Item", "Item")
        row.put("line_total", total, total)
    out.put("total_net", net, net)
    out.put("total_tax", tax, tax)
    return out


def _rates(out: Printed) -> list[str | None]:
    return [line.get("tax_rate") for line in out.truth()["lines"]]


def test_one_rate_on_the_whole_net_is_every_rows_rate() -> None:
    out = _printed(["400.00", "600.00"], "1000.00", "200.00")
    out.summary_rate(Decimal("20"))
    assert _rates(out) == ["20", "20"]


def test_no_rate_printed_in_the_totals_states_none() -> None:
    assert _rates(_printed(["400.00", "600.00"], "1000.00", "200.00")) == [None, None]


def test_one_rate_that_is_not_the_whole_tax_states_none() -> None:
    out = _printed(["400.00", "600.00"], "1000.00", "142.00")
    out.summary_rate(Decimal("20"))
    assert _rates(out) == [None, None]


def test_rates_with_their_bases_state_the_one_split_that_fits() -> None:
    out = _printed(["400.00", "600.00", "50.00"], "1050.00", "142.75")
    out.summary_rate(Decimal("5.5"), Decimal("450.00"))
    out.summary_rate(Decimal("20"), Decimal("600.00"))
    assert _rates(out) == ["5.5", "20", "5.5"]


def test_rates_without_their_bases_or_with_two_fitting_splits_state_none() -> None:
    out = _printed(["400.00", "600.00"], "1000.00", "142.00")
    out.summary_rate(Decimal("5.5"))
    out.summary_rate(Decimal("20"))
    assert _rates(out) == [None, None]
    out = _printed(["300.00", "300.00"], "600.00", "76.50")
    out.summary_rate(Decimal("5.5"), Decimal("300.00"))
    out.summary_rate(Decimal("20"), Decimal("300.00"))
    assert _rates(out) == [None, None]


def test_a_rate_printed_by_a_row_is_kept_as_printed() -> None:
    out = _printed(["400.00"], "400.00", "80.00")
    out.rows[0].put("tax_rate", "20", "20 %")
    out.summary_rate(Decimal("10"))
    assert _rates(out) == ["20"]

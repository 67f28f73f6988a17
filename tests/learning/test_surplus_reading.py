"""A known sender's learned cells that read the kept lines and one more, a row under the
items that closes no arithmetic ("HT 4 ... 283.25", a totals row), do not dispute the kept
reading when the kept lines alone sum to the printed net shown sure: the net says the extra
row is no item (``profile_disputes.surplus``, ``profiles.net_confirms``). Before, every
such document was a dispute (``ONE_READING``), its right lines held (issue 24)."""

from __future__ import annotations

from decimal import Decimal

from extraction.profile_disputes import closing, surplus
from extraction.profiles import (
    ONE_READING,
    RATED_READING,
    SURPLUS_READING,
    TWO_READINGS,
    net_confirms,
    rates_confirmed,
    readings,
    settle_lines,
)
from extraction.result import LineItem
from tests.learning.test_steady_kinds import _copies
from tests.learning.test_steady_lines import PROVEN, known_sender_read

ACCEPT = 0.9


def _lines() -> list[LineItem]:
    return [
        LineItem(sku="A1", description="Tube LED", quantity="2", unit_price="3", line_total="6"),
        LineItem(sku="B2", description="Gants", quantity="1", unit_price="8.5", line_total="8.5"),
    ]


def test_a_row_that_closes_nothing_read_by_the_other_reader_is_a_surplus() -> None:
    kept = _lines()
    totals_row = LineItem(description="HT", quantity="4", line_total="283.25")
    assert surplus(kept, [*kept, totals_row])
    assert readings(kept, [*kept, totals_row]) == SURPLUS_READING
    # an extra row that closes its own arithmetic may be an item the kept reading missed
    item = LineItem(description="Vis", quantity="2", unit_price="1.5", line_total="3")
    assert not surplus(kept, [*kept, item])
    assert readings(kept, [kept[0], item, kept[1]]) == ONE_READING
    # the kept lines read otherwise by the other reader: a dispute as before
    other = [kept[0], kept[1].model_copy(update={"description": "Gants nitrile"}), totals_row]
    assert not surplus(kept, other)
    # fewer lines read by the other reader: not a surplus
    assert not surplus(kept, kept[:1])


def test_the_net_total_settles_a_surplus() -> None:
    kept = _lines()
    assert net_confirms(kept, "14.50")
    assert not net_confirms(kept, "297.75")
    assert not net_confirms(kept, None)
    assert not net_confirms([*kept, LineItem(description="x", quantity="1")], "14.50")


def test_surplus_lines_are_judged_as_two_readings_only_when_the_net_confirms_them() -> None:
    profile, lines, net = known_sender_read()
    confirmed = _copies(lines)
    cells = settle_lines(profile, confirmed, PROVEN, other=SURPLUS_READING, net=net, net_sure=True)
    assert cells["line:0"].endswith(f"|{TWO_READINGS}")
    # a net the lines do not sum to, or one the page does not show sure: a dispute
    wrong_net = f"{Decimal(net) + 1:.2f}"
    for kwargs in ({"net": wrong_net, "net_sure": True}, {"net": net, "net_sure": False}):
        held = _copies(lines)
        cells = settle_lines(profile, held, PROVEN, other=SURPLUS_READING, **kwargs)  # type: ignore[arg-type]
        assert cells["line:0"].endswith(f"|{ONE_READING}")
        assert all(li.confidence < ACCEPT for li in held)


def test_a_round_discount_of_a_discounting_sender_settles_a_misread_price() -> None:
    # the gross price and the amount less 10 %: the generic reader lost the price's first
    # digit at the column's edge, and neither its amount nor its price closes anything
    kept = LineItem(
        sku="ABO1",
        description="Abonnement",
        quantity="2",
        unit_price="1351.19",
        line_total="2432.14",
    )
    other = kept.model_copy(update={"unit_price": "351.19", "line_total": "432.14"})
    assert readings([kept], [other], closing([], discounts=1.0)) == TWO_READINGS
    # a sender whose approved lines never had a discount: the dispute stays open
    assert readings([kept], [other], closing([], discounts=0.0)) == ONE_READING


def test_a_rate_only_the_kept_reading_has_is_settled_by_the_printed_tax() -> None:
    kept = [li.model_copy(update={"tax_rate": "20"}) for li in _lines()]
    other = _lines()  # the learned cells read no rate column
    assert readings(kept, other) == RATED_READING
    assert rates_confirmed(kept, "14.50", "2.90")
    assert not rates_confirmed(kept, "14.50", "1.45")  # a rate the tax does not bear out
    assert not rates_confirmed(kept, "15.50", "2.90")  # lines short of the net
    # the kept reading without the rate and the other with it: a dispute (s101)
    assert readings(other, kept) == ONE_READING
    profile, lines, net = known_sender_read()
    rated = [li.model_copy(update={"tax_rate": "20"}) for li in lines]
    tax = f"{Decimal(net) / 5:.2f}"
    cells = settle_lines(
        profile, rated, PROVEN, other=RATED_READING, net=net, net_sure=True, tax=tax
    )
    assert cells["line:0"].endswith(f"|{TWO_READINGS}")
    cells = settle_lines(
        profile, _copies(rated), PROVEN, other=RATED_READING, net=net, net_sure=True
    )
    assert cells["line:0"].endswith(f"|{ONE_READING}")

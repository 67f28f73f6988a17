"""A known sender's discounted lines are checked by their arithmetic (issue 24): a line
whose amount is its quantity x price less a percentage printed on its row, or less a round
percentage of a sender whose approved lines were discounted that way, closes as a line
without a discount does (``extraction.profile_discounts``), so the sender's steady lines
(``profiles.steady_cell``) are judged when some of them carry a discount. Before, such a
sender's documents stayed held whatever their record: ``LineItem.multiplies`` said False."""

from __future__ import annotations

from decimal import Decimal

from extraction.profile_discounts import closing, round_discount
from extraction.profiles import steady_cell
from extraction.result import LineItem
from tests.learning.stream import layouts_of
from tests.learning.test_row_fit import _doc, _taught
from tests.learning.test_steady_lines import STEADY_KEY, known_sender_read


def _discounted(lines: list[LineItem], rate: str) -> tuple[list[LineItem], str]:
    """The lines with the first one's amount taken off by ``rate`` per cent (not printed),
    and the net total they sum to."""
    out = [li.model_copy() for li in lines]
    first = out[0]
    gross = Decimal(first.quantity or "0") * Decimal(first.unit_price or "0")
    first.line_total = f"{gross * (100 - Decimal(rate)) / 100:.2f}"
    net = f"{sum(Decimal(li.line_total or '0') for li in out):.2f}"
    return out, net


def test_a_round_unprinted_discount_closes_a_line_of_a_sender_that_discounts() -> None:
    profile, lines, _net = known_sender_read()
    read, net = _discounted(lines, "10")
    assert read[0].multiplies() is False
    # a sender none of whose approved lines was discounted: the line does not close
    profile.discounts = 0.0
    assert steady_cell(profile, read, "page", net, discounted=closing(read, [])) is None
    # a sender whose approved lines had such discounts: it closes, and the lines are steady
    profile.discounts = 1.0
    assert (
        steady_cell(profile, read, "page", net, net_sure=True, discounted=closing(read, [], 1.0))
        == STEADY_KEY
    )


def test_a_share_that_is_no_round_percentage_does_not_close() -> None:
    profile, lines, _net = known_sender_read()
    read, net = _discounted(lines, "7.3")
    profile.discounts = 1.0
    assert not closing(read, [], 1.0)
    assert steady_cell(profile, read, "page", net, discounted=closing(read, [], 1.0)) is None
    # nor does an amount above quantity x price (a charge, not a discount)
    assert round_discount("2", "10.00", "21.00") is None
    assert round_discount("2", "10.00", "19.00") == Decimal("5")


def test_the_sum_still_has_to_make_the_net_total() -> None:
    profile, lines, _net = known_sender_read()
    read, net = _discounted(lines, "10")
    profile.discounts = 1.0
    wrong_net = f"{Decimal(net) + 1:.2f}"
    assert steady_cell(profile, read, "page", wrong_net, discounted=closing(read, [], 1.0)) is None


def test_a_percentage_printed_on_the_row_closes_the_line_for_any_sender() -> None:
    pages, approved, _ = _doc(3, discounts={0: 15, 2: 5})
    layouts = layouts_of(pages)
    lines = [
        LineItem(
            quantity=a["quantity"],
            unit_price=a["unit_price"],
            line_total=a["line_total"],
            page=1,
            bbox=(40.0, 275.0 + 14 * k, 545.0, 284.0 + 14 * k),
        )
        for k, a in enumerate(approved)
    ]
    assert {id(lines[0]), id(lines[2])} == closing(lines, layouts)
    # the same amounts, the percentages not printed: nothing closes them
    elsewhere = [li.model_copy(update={"bbox": (40.0, 700.0, 545.0, 709.0)}) for li in lines]
    assert not closing(elsewhere, layouts)


def test_approved_discounted_lines_teach_the_sender_its_discounts() -> None:
    assert _taught().discounts == 0.0
    assert _taught(discounts={0: 15}).discounts > 1.0  # type: ignore[arg-type]
    assert _taught().priced


def test_a_price_on_a_line_of_a_sender_that_never_printed_one_is_not_steady() -> None:
    profile, lines, net = known_sender_read()
    assert steady_cell(profile, lines, "page", net, net_sure=True) == STEADY_KEY
    # the sender's approved lines never had a price or an amount (its delivery notes)
    profile.priced = False
    assert steady_cell(profile, lines, "page", net, net_sure=True) is None
    unpriced = [li.model_copy(update={"unit_price": None, "line_total": None}) for li in lines]
    assert steady_cell(profile, unpriced, "page", None) is not None


def test_unpriced_lines_the_learned_cells_read_otherwise_are_not_steady() -> None:
    profile, lines, _net = known_sender_read()
    unpriced = [li.model_copy(update={"unit_price": None, "line_total": None}) for li in lines]
    assert steady_cell(profile, unpriced, "page", None) == f"{STEADY_KEY}|unpriced"
    # the learned cells read other quantities (the delivered ones, the page reader the
    # ordered ones): nothing tells the two readings apart
    assert steady_cell(profile, unpriced, "page", None, disputed=True) is None

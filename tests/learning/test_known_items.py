"""A known sender's line is lifted only when two sources say the same of it (issue 24): its
words were approved before on one of the sender's lines (``profile_items``) and the page's
arithmetic closes (quantity x price, the lines summing to a net shown sure)."""

from __future__ import annotations

from extraction.profile_items import CONFIRMED, confirm, taught_items
from extraction.result import LineItem

PROVEN = 0.95  # the record of such lifts

APPROVED = [
    {"sku": "AB-1", "description": "Bolt  M8", "unit": "pce", "quantity": "2"},
    {"description": "Carriage", "quantity": "1"},
]


def _line(sku: str | None, description: str, unit: str | None, total: str) -> LineItem:
    return LineItem(
        sku=sku,
        description=description,
        quantity="1",
        unit=unit,
        unit_price=total,
        line_total=total,
        confidence=0.85,
        source="text",
    )


def test_items_are_taught_once_latest_last() -> None:
    items = taught_items([], APPROVED)
    assert items == ["AB-1\tBolt M8\tpce", "\tCarriage\t"]
    again = taught_items(items, APPROVED[:1])
    assert again == ["\tCarriage\t", "AB-1\tBolt M8\tpce"]


def test_a_known_item_whose_arithmetic_closes_is_lifted() -> None:
    items = taught_items([], APPROVED)
    lines = [_line("AB-1", "Bolt M8", "pce", "10.00"), _line(None, "Carriage", None, "5.00")]
    cells = confirm(items, lines, "15.00", True, set(), PROVEN)
    assert set(cells) == {f"{CONFIRMED}line:0", f"{CONFIRMED}line:1"}
    assert all(li.confidence == PROVEN for li in lines)


def test_a_lift_without_a_record_is_only_recorded() -> None:
    items = taught_items([], APPROVED)
    lines = [_line("AB-1", "Bolt M8", "pce", "10.00")]
    assert confirm(items, lines, "10.00", True, set(), 0.85) == {
        f"{CONFIRMED}line:0": "confirmed|item"
    }
    assert lines[0].confidence == 0.85


def test_other_words_or_an_open_sum_lift_nothing() -> None:
    items = taught_items([], APPROVED)
    # a unit the sender's approved carriage line never had: the profile predicted otherwise
    lines = [_line("AB-1", "Bolt M8", "pce", "10.00"), _line(None, "Carriage", "Unit(s)", "5.00")]
    assert list(confirm(items, lines, "15.00", True, set())) == [f"{CONFIRMED}line:0"]
    assert lines[1].confidence == 0.85
    # the amounts do not sum to the net (a line missed), or the net is not sure
    fresh = [_line("AB-1", "Bolt M8", "pce", "10.00")]
    assert confirm(items, fresh, "15.00", True, set()) == {}
    assert confirm(items, fresh, "10.00", False, set()) == {}
    assert fresh[0].confidence == 0.85


def test_a_code_of_the_senders_shape_and_a_cut_description() -> None:
    items = taught_items([], [*APPROVED, {"description": "Bolt M8 zinc", "unit": "pce"}])
    # another code of the same shape for goods the sender printed under another code
    other = [_line("XY-7", "Carriage", None, "5.00")]
    assert confirm(items, other, "5.00", True, set()) == {}  # carriage had no code
    coded = [_line("XY-7", "Bolt M8", "pce", "5.00")]
    # "Bolt M8" is the start of another approved description: a variant may have been cut
    assert confirm(items, coded, "5.00", True, set()) == {}
    plain = taught_items([], APPROVED)
    assert confirm(plain, coded, "5.00", True, set()) == {f"{CONFIRMED}line:0": "confirmed|item"}
    odd = [_line("XY7", "Bolt M8", "pce", "5.00")]
    assert confirm(plain, odd, "5.00", True, set()) == {}

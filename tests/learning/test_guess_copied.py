"""A learned-cells line that takes a part of a guessed page line (a unit, a code, a tax
rate, by ``profile_columns._fill_blanks``) is a guess too, held at the guess's cap, so a
sender's records cannot lift a copied guess past it."""

from __future__ import annotations

from extraction.profile_columns import _fill_blanks
from extraction.result import LineItem


def _line(unit: str | None = None) -> LineItem:
    return LineItem(
        description="Tube",
        quantity="2",
        unit=unit,
        unit_price="3.00",
        line_total="6.00",
        confidence=0.97,
    )


def test_a_cells_line_filled_from_a_guessed_line_is_a_guess() -> None:
    mine, theirs = [_line()], [_line("pce").guessed(0.8)]
    assert _fill_blanks(mine, theirs) == 1
    assert mine[0].unit == "pce" and mine[0].is_guess
    assert mine[0].reading_cap == 0.8 and mine[0].confidence == 0.8


def test_a_cells_line_filled_from_a_plain_line_is_not() -> None:
    mine = [_line()]
    assert _fill_blanks(mine, [_line("pce")]) == 1
    assert not mine[0].is_guess and mine[0].confidence == 0.97

"""A line whose cell was guessed from its page's columns alone (a code column found by the
shape of its digit groups, a VAT rate from a column of amounts, a unit between two numbers)
stays at its reading cap for a known sender too: the sender's records were earned by
readings without that guess, and on the sealed fresh stream they lifted such lines wrong."""

from __future__ import annotations

from extraction.profile_columns import _fill_blanks
from extraction.profiles import LONE_READING, ProfileCalibration, SenderProfile, settle_lines
from extraction.result import LineItem
from learning.teach import score_lines
from tests.learning.test_track_record import _approved, _line

ACCEPT = 0.9


def _proven_sender() -> SenderProfile:
    profile = SenderProfile(key="FR1")
    for _ in range(4):  # four approved documents of three lines, all read right
        score_lines(profile, [_line(0.99, sku=s) for s in "ABC"], [_approved(s) for s in "ABC"])
    return profile


def _settled(line: LineItem) -> float:
    settle_lines(_proven_sender(), [line], ProfileCalibration(), other=LONE_READING)
    return line.confidence


def test_a_capped_reading_is_lifted_by_the_senders_record() -> None:
    assert _settled(_line(0.99).capped(0.89)) >= ACCEPT


def test_a_guessed_cell_is_held_at_its_cap_whatever_the_record() -> None:
    guessed = _line(0.99).guessed(0.89)
    assert guessed.is_guess and not _line(0.99).capped(0.89).is_guess
    assert _settled(guessed) == 0.89


def test_the_guess_survives_a_copy_of_the_line() -> None:
    copied = _line(0.99).guessed(0.85).model_copy(update={"tax_rate": "20.00"})
    assert copied.is_guess and copied.reading_cap == 0.85


def test_a_cells_line_filled_from_a_guessed_line_is_a_guess() -> None:
    """A learned-cells line that takes a part of a guessed page line (``_fill_blanks``) is a
    guess too, held at the guess's cap, so a sender's records cannot lift the copy past it."""
    mine, theirs = [_line(0.97)], [_line(0.97).model_copy(update={"unit": "pce"}).guessed(0.8)]
    assert _fill_blanks(mine, theirs) == 1
    assert mine[0].unit == "pce" and mine[0].is_guess
    assert mine[0].reading_cap == 0.8 and mine[0].confidence == 0.8


def test_a_cells_line_filled_from_a_plain_line_is_not() -> None:
    mine = [_line(0.97)]
    assert _fill_blanks(mine, [_line(0.97).model_copy(update={"unit": "pce"})]) == 1
    assert not mine[0].is_guess and mine[0].confidence == 0.97

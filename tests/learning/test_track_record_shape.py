"""The sender's track record vouches only for lines shaped as its approved ones (issue 24):
on a fresh layout's stream, a sender whose approved lines always had their unit had a
document read with the unit glued into every description; quantity x price still held, so
the record lifted all eight wrong lines to 0.95 (a silent error a clerk would never see)."""

from __future__ import annotations

from extraction.profiles import SenderProfile
from extraction.result import LineItem
from learning.teach import score_lines
from tests.learning.test_track_record import ACCEPT, _settled


def _line(
    sku: str, unit: str | None, description: str = "Tube", confidence: float = 0.99
) -> LineItem:
    return LineItem(
        sku=sku,
        description=description,
        quantity="2",
        unit=unit,
        unit_price="3.00",
        line_total="6.00",
        confidence=confidence,
        source="text",
    )


def _approved(sku: str) -> dict[str, str]:
    return {
        "sku": sku,
        "description": "Tube",
        "quantity": "2",
        "unit": "EA",
        "unit_price": "3.00",
        "line_total": "6.00",
    }


def _proven(units_always: bool = True) -> SenderProfile:
    # six approved documents whose lines were read right; the shape teach() keeps of them:
    # one-word units, on every line or not
    profile = SenderProfile(key="FR1", unit_words=1, units_always=units_always)
    for _ in range(6):
        score_lines(profile, [_line(s, "EA") for s in "ABC"], [_approved(s) for s in "ABC"])
    assert profile.rows_right > 10 and profile.rows_wrong == 0
    return profile


def test_a_line_of_the_sender_s_shape_is_lifted() -> None:
    assert _settled(_proven(), _line("A", "EA", confidence=0.89)) >= ACCEPT


def test_a_line_that_lost_the_unit_its_sender_always_prints_is_not_lifted() -> None:
    glued = _line("A", None, description="Tube EA", confidence=0.89)
    assert _settled(_proven(), glued) == 0.89


def test_a_unit_longer_than_any_the_sender_printed_is_not_lifted() -> None:
    # the next column's word glued to the unit
    assert _settled(_proven(), _line("A", "EA Paris", confidence=0.89)) == 0.89


def test_a_sender_whose_lines_sometimes_have_no_unit_keeps_the_lift_without_one() -> None:
    profile = _proven(units_always=False)
    assert _settled(profile, _line("B", None, confidence=0.89)) >= ACCEPT
    assert _settled(profile, _line("B", "EA Paris", confidence=0.89)) == 0.89

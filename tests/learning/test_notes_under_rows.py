"""A note printed under an item's row ("Lot 4100") on a sender whose descriptions rise over
their figures: the learned cells would read it as the next item's first line; the page
reader, placing it by where this document prints it, keeps it the row's (issue 24)."""

from __future__ import annotations

from extraction import profile_columns
from extraction.profiles import Learned
from tests.learning.stream import extract as _extract
from tests.learning.stream import lines_right as _right
from tests.learning.stream import taught
from tests.learning.test_row_fit import _doc


def test_a_note_under_a_row_is_not_the_next_items_first_line() -> None:
    profile = taught((_doc(i, rises=True) for i in (1, 2, 3, 4)), scored=True)
    hint = profile.table_hint
    assert hint is not None and hint.rises and hint.reliability >= profile_columns.PROVEN
    pages, lines, _ = _doc(5, details=True)
    result = _extract(pages, Learned(profiles=[profile]))
    assert _right(result, lines) == len(lines) == len(result.lines)

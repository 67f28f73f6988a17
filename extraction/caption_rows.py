"""Labels printed under their values: a row of small captions set tight under a row of
values, each caption under its value ("2026/47525 | May 3, 2026" over "Invoice no. | Date
of issue").

Labels are read looking right and then down, so a caption row read that way takes the
values of the next row of blocks, or the first cell of the line table, for its own: on
such pages the customer number became the document number at 0.99. Which row a row of
captions belongs to is said by the layout: it sits much closer to the values above it
than to whatever follows, and each caption starts under one value of that row. Read that
way the value is offered (``fields.MID_LABEL_CAP``): the pairing is inferred from
spacing, not printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extraction.layout import PageLayout, Segment

# a caption sits this close under its value (a share of the page's line height) ...
TIGHT = 0.6
# ... and at least this much closer to it than to the row that follows it
CLEARER = 0.25
# how far apart, in points, a caption's left edge and its value's may be
ALIGN = 3.0


def _wordy(seg: Segment) -> bool:
    """A few words without a digit: a caption."""
    return not re.search(r"\d", seg.text) and len(seg.words) <= 5


def value_above(
    layout: PageLayout, seg: Segment, bare_label: Callable[[Segment], bool]
) -> Segment | None:
    """The value a caption ``seg`` is printed under, when its row is a row of captions
    under a row of values; None when the layout does not say so. ``bare_label``: whether a
    segment is a label with no value of its own."""
    if seg.row == 0 or not bare_label(seg):
        return None
    rows = layout.rows
    row, above = rows[seg.row], rows[seg.row - 1]
    captions = [s for s in row.segments if bare_label(s)]
    if len(captions) < 2 or not all(_wordy(s) for s in row.segments):
        return None  # a caption row holds captions only (some in wordings no label reads)
    gap = row.top - above.bottom
    if gap < -1 or gap > TIGHT * layout.line_height:
        return None
    if seg.row + 1 < len(rows):
        after = rows[seg.row + 1].top - row.bottom
        if after < gap + CLEARER * layout.line_height:
            return None  # as close to what follows: maybe labels over values
    if any(bare_label(s) for s in above.segments):
        return None
    mine: Segment | None = None
    for caption in captions:
        under = [v for v in above.segments if abs(v.x0 - caption.x0) < ALIGN]
        if len(under) != 1:
            return None  # not a caption under each value
        if caption is seg:
            mine = under[0]
    return mine

"""What a thin line cell of a known sender may do to a line (issue 24).

A line cell's confidence is its share right shrunk towards *wrong* while it has few
observations (``profiles._share``: 2 right of 2 says 0.5). As a raise that is the right
caution; as a verdict on a line the document's own checks (the fitted line calibration)
left at 0.86, it is not evidence at all: a cell that saw two lines, both right, pulled such
lines of a proven sender down to 0.5, and the sender's own track record, whose prior is the
line's confidence, could then no longer lift them (family-A streams: a sender's table
proven once, its lines read alone by the page reader, all right, held at 0.5).

So a cell lowers a line only as far as its observations say the line is *less* likely
right than its own checks do: the cell's share with a prior centred on the line's own
confidence, worth as many observations as the shrinking towards wrong (``PRIOR``).
A cell whose lines were often wrong (1 right of 5) still pulls the line down about as far
as before; one whose lines were all right leaves it where its checks put it. Raises are
unchanged: the shrunk share, as before.
"""

from __future__ import annotations

from typing import Protocol

from extraction.profile_own import Counted

# the observations the line's own confidence is worth as the prior of a thin cell: the two
# observations ``profiles._share`` shrinks towards wrong
PRIOR = 2.0


class Calibrated(Counted, Protocol):
    def confidence(self, cell_key: str) -> float: ...


def lowered_to(calibration: Calibrated, key: str, own: float) -> float:
    """The confidence a line at ``own`` (its document's checks) gets from its cell ``key``:
    the cell's confidence where that is a raise, else no lower than the cell's observations
    with ``own`` as their prior say (never above ``own``)."""
    earned = calibration.confidence(key)
    if earned >= own:
        return earned
    given, right = calibration.counts(key)
    judged = (right + PRIOR * own) / (given + PRIOR)
    return round(max(earned, min(own, judged)), 3)

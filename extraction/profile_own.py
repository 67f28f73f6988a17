"""A pooled cell's bound with the sender's own record added to it (issue 24).

A steady cell (``profiles.steady_cell``) says how often documents of *other* senders whose
lines looked like this one's were read all right; the 95 % lower bound of its counts is
what lifts the lines. The sender's own approved documents read the same way are more of the
very same evidence, and the closest to it: the same layout, read by the same reader. So they
are added to the cell's counts, right and wrong alike (faded as the profile fades them, so a
sender whose reader starts failing loses the lift by itself): a sender whose delivery notes
the page reader read right on its last documents needs fewer pooled documents to pass
auto-accept, and one whose reader missed lines recently is held lower than the pool alone
would hold it. Nothing is lifted without the pool: a cell no fit observed says nothing.
"""

from __future__ import annotations

from typing import Protocol

from extraction.calibration import beta

# the most a bound may say, as ``ProfileCalibration.bound``
CEILING = 0.99


class Counted(Protocol):
    """What a bound needs of a calibration (``profiles.ProfileCalibration``)."""

    def counts(self, cell_key: str, shipped: bool = False) -> tuple[int, int]: ...


def bound_with_own(calibration: Counted, key: str, right: float, wrong: float) -> float:
    """The 95 % lower bound of the share right of cell ``key`` (uniform prior), its pooled
    counts and the sender's own ``right`` and ``wrong`` documents together; 0 for a cell
    never observed."""
    given, hits = calibration.counts(key)
    if not given:
        return 0.0
    a = hits + max(right, 0.0) + 1.0
    b = given - hits + max(wrong, 0.0) + 1.0
    return round(min(CEILING, beta.lower(a, b, 0.05)), 3)

"""The confidence of values sender profiles give, fitted on approved documents.

Each value a profile proposed and extraction kept falls into an evidence cell
(``extraction.profiles.cell``: the hint's placement, how often it was right before, whether
the generic reading agreed, text or OCR); once the document is approved we know whether the
value was right. The calibration is the share right per cell. A document's lines count once
per cell (right when all of them are), as they go wrong together.
"""

from __future__ import annotations

from dataclasses import dataclass

from extraction.evaluate import same_line
from extraction.profile_items import CONFIRMED
from extraction.profiles import DROPPED, MODE, RECORD, STEADY, ProfileCalibration, kept_as
from extraction.result import ExtractionResult


@dataclass(frozen=True)
class Observation:
    cell: str
    right: bool
    name: str = ""  # the field, or "lines"


def observe(
    result: ExtractionResult,
    approved: dict[str, str],
    approved_lines: list[dict[str, str]] | None = None,
) -> list[Observation]:
    """What one approved document says about the cells of the values profiles gave."""
    out = []
    left = list(approved_lines or [])
    # a document's lines in one cell are one observation, right when all of them are: its
    # lines are read by one reader of one layout and go wrong together (a misplaced
    # column), so counting them one by one would take a single document for many
    lines: dict[str, bool] = {}
    line_right: dict[str, bool] = {}  # each line shown: was it one of the approved?
    for name, key in result.profile_cells.items():
        if name.startswith(DROPPED):  # left out: would it have been right?
            key, value = key.split("\t", 1)
            field = name[len(DROPPED) :]
            want = approved.get(field)
            right = want is not None and kept_as(field, value, want)
            out.append(Observation(key, right, field))
            continue
        if name.startswith(RECORD):  # the value's field record: was it right?
            field = name[len(RECORD) :]
            fv = result.fields.get(field)
            want = approved.get(field)
            ok = fv is not None and want is not None and kept_as(field, fv.value, want)
            out.append(Observation(key, ok, field))
            continue
        if name.startswith("line:"):
            line = result.lines[int(name[5:])].model_dump(mode="json")
            match = next((w for w in left if same_line(line, w)), None)
            if match is not None:
                left.remove(match)
            lines[key] = lines.get(key, True) and match is not None
            line_right[name] = match is not None
            continue
        if name.startswith((MODE, STEADY, CONFIRMED)):  # judged with the lines, once matched
            continue
        fv = result.fields.get(name)
        want = approved.get(name)
        ok = fv is not None and want is not None and kept_as(name, fv.value, want)
        out.append(Observation(key, ok, name))
    # a line's mode cell (its sender's record of the way it was read) and steady cell (its
    # lines shaped as the sender's approved ones), once per document
    for name, key in result.profile_cells.items():
        for prefix in (MODE, STEADY, CONFIRMED):
            if name.startswith(prefix) and name[len(prefix) :] in line_right:
                right = line_right[name[len(prefix) :]]
                # steady lines vouch for the whole table: an approved line missed is wrong
                right = right and not (prefix == STEADY and left)
                lines[key] = lines.get(key, True) and right
    out += [Observation(key, right, "lines") for key, right in lines.items()]
    return out


def confirmed_lifts(
    result: ExtractionResult, approved_lines: list[dict[str, str]] | None
) -> list[tuple[str, bool]]:
    """Each line lifted because two sources confirmed it (``profile_items``): its cell and
    whether it was one of the approved lines (the lift's record, value by value)."""
    left = list(approved_lines or [])
    right: dict[str, bool] = {}
    for i, line in enumerate(result.lines):
        match = next((w for w in left if same_line(line.model_dump(mode="json"), w)), None)
        if match is not None:
            left.remove(match)
        right[f"line:{i}"] = match is not None
    return [
        (key, right.get(name[len(CONFIRMED) :], False))
        for name, key in result.profile_cells.items()
        if name.startswith(CONFIRMED)
    ]


def fit(observations: list[Observation]) -> ProfileCalibration:
    cells: dict[str, tuple[int, int]] = {}
    for o in observations:
        given, right = cells.get(o.cell, (0, 0))
        cells[o.cell] = (given + 1, right + int(o.right))
    return ProfileCalibration(cells=dict(sorted(cells.items())))


# what the shipped calibration of a cell weighs at most beside the installation's own
# observations of it: a cell shipped from hundreds of generated documents would otherwise
# drown what this installation's senders show (15 right of 20 beside 94 of 94 still said
# 0.94)
SHIPPED_WEIGHT = 30
# the share of approved documents a refit holds back to report on
HELD_BACK_SHARE = 0.25


def refitted(shipped: ProfileCalibration, own: ProfileCalibration) -> ProfileCalibration:
    """The calibration after a refit on the installation's approved documents (``own``,
    ``fit``): each cell the installation observed adds its own counts to the shipped ones
    (worth at most ``SHIPPED_WEIGHT`` observations, at the shipped share), the others
    keep the shipped counts. The own counts are kept apart (``ProfileCalibration.own``):
    they lift a cell past auto-accept only as far as its Beta lower bound proves it."""
    cells = dict(shipped.cells)
    for key, (given, right) in own.cells.items():
        g, r = shipped.cells.get(key, (0, 0))
        if g > SHIPPED_WEIGHT:
            # the shipped share, as near as whole documents carry it: one wrong in 388
            # kept as one in 30 made a cell shipped 387 of 388 right look 13 times as
            # wrong, and held back every value it judged once the installation saw it
            g, r = SHIPPED_WEIGHT, round(r * SHIPPED_WEIGHT / g)
        cells[key] = (g + given, r + right)
    return ProfileCalibration(
        cells=dict(sorted(cells.items())), own=dict(sorted(own.cells.items()))
    )

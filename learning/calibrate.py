"""The confidence of values sender profiles give, fitted on approved documents.

Each value a profile proposed and extraction kept falls into an evidence cell
(``extraction.profiles.cell``: the hint's placement, how often it was right before, whether
the generic reading agreed, text or OCR); once the document is approved we know whether the
value was right. The calibration is the share right per cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from extraction.evaluate import same_line
from extraction.profiles import DROPPED, ProfileCalibration, same_value
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
    for name, key in result.profile_cells.items():
        if name.startswith(DROPPED):  # left out: would it have been right?
            key, value = key.split("\t", 1)
            field = name[len(DROPPED) :]
            want = approved.get(field)
            right = want is not None and same_value(field, value, want)
            out.append(Observation(key, right, field))
            continue
        if name.startswith("line:"):
            line = result.lines[int(name[5:])].model_dump(mode="json")
            match = next((w for w in left if same_line(line, w)), None)
            if match is not None:
                left.remove(match)
            out.append(Observation(key, match is not None, "lines"))
            continue
        fv = result.fields.get(name)
        want = approved.get(name)
        ok = fv is not None and want is not None and same_value(name, fv.value, want)
        out.append(Observation(key, ok, name))
    return out


def fit(observations: list[Observation]) -> ProfileCalibration:
    cells: dict[str, tuple[int, int]] = {}
    for o in observations:
        given, right = cells.get(o.cell, (0, 0))
        cells[o.cell] = (given + 1, right + int(o.right))
    return ProfileCalibration(cells=dict(sorted(cells.items())))

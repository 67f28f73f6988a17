"""The confidence of header values found by place (``header_slots``, ``slot_roles``): the
share of such values found right on relabelled pages (``samples.wild.relabel`` pool a),
per field and per what said it, instead of one flat cap for all.

A slot value is read without a label the reader knows, so no check of the page proves it:
its confidence is a one-sided 95 % lower bound (Wilson) of the share right in its band,
never above ``CEILING`` (under the auto-accept threshold). A band with too few values
fitted, or no artefact at all, keeps ``UNFITTED``: a value a clerk is offered, never sure.

``python -m extraction.calibration.slots --fit EVAL.json [...]`` fits the bands from
``orderdesk eval --json`` runs over relabelled sets (their slot values are read from the
mistakes and the values found) and writes ``slots.json`` beside this module.
"""

from __future__ import annotations

import argparse
import json
import math
from functools import lru_cache
from pathlib import Path

ARTEFACT = Path(__file__).with_name("slots.json")
# a value found by place alone: offered to a clerk, never shown near sure
UNFITTED = 0.6
# below the auto-accept threshold: no check proves a slot value
CEILING = 0.85
_Z = 1.645  # one-sided 95 %
_MIN_BAND = 8


@lru_cache(maxsize=1)
def _bands() -> dict[str, float]:
    if not ARTEFACT.exists():
        return {}
    data = json.loads(ARTEFACT.read_text())
    return {k: float(v) for k, v in data.get("bands", {}).items()}


def band(field: str, by: str) -> str:
    return f"{field}:{by}"


def cap(field: str, by: str) -> float:
    """The most a slot value of ``field`` said by ``by`` may be given."""
    return min(CEILING, _bands().get(band(field, by), UNFITTED))


def lower_bound(right: int, total: int) -> float:
    """Wilson's one-sided lower bound of the share right."""
    if total == 0:
        return 0.0
    p = right / total
    denom = 1 + _Z * _Z / total
    centre = p + _Z * _Z / (2 * total)
    margin = _Z * math.sqrt(p * (1 - p) / total + _Z * _Z / (4 * total * total))
    return max(0.0, (centre - margin) / denom)


def fit(counts: dict[str, tuple[int, int]]) -> dict[str, float]:
    """Each band with enough values -> its lower bound, rounded down to 0.01."""
    return {
        name: math.floor(100 * min(CEILING, lower_bound(right, total))) / 100
        for name, (right, total) in sorted(counts.items())
        if total >= _MIN_BAND
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extraction.calibration.slots")
    parser.add_argument("--counts", type=Path, required=True, help="band -> [right, total]")
    parser.add_argument("--out", type=Path, default=ARTEFACT)
    args = parser.parse_args(argv)
    counts = {k: (int(v[0]), int(v[1])) for k, v in json.loads(args.counts.read_text()).items()}
    bands = fit(counts)
    args.out.write_text(json.dumps({"format": 1, "counts": counts, "bands": bands}, indent=1))
    print(json.dumps(bands, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The confidence of header values found by place (``header_slots``, ``slot_roles``): the
share of such values found right on relabelled pages (``samples.wild.relabel`` pool a),
per field and per what said it, instead of one flat cap for all.

A slot value is read without a label the reader knows, so no check of the page proves it:
its confidence is a one-sided 95 % lower bound (Wilson) of the share right in its band,
never above ``CEILING`` (under the auto-accept threshold). A band with too few values
fitted, or no artefact at all, keeps ``UNFITTED``: a value a clerk is offered, never sure.

``python -m extraction.calibration.slots --fit DIR [...] --check DIR [...]`` reads the
``--fit`` sets (relabelled pool a), counts per band the slot values chosen and how many
the truth holds, writes ``slots.json`` beside this module, then prints the share right of
each band of the ``--check`` sets (pool b, other families, another seed) beside the
confidence it is now given.
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
# what said a slot's role (``slot_roles``): pooled per field when a band is small
ROLE_EVIDENCE = ("caption", "value", "both")
ROLE = "role"
_MIN_BAND = 8


@lru_cache(maxsize=1)
def _bands() -> dict[str, float]:
    if not ARTEFACT.exists():
        return {}
    data = json.loads(ARTEFACT.read_text())
    return {k: float(v) for k, v in data.get("bands", {}).items()}


def band(field: str, by: str) -> str:
    return f"{field}:{by}"


# while fitting: the slot values offered, (field, what said it, value)
_offered: list[tuple[str, str, str]] | None = None


def cap(field: str, by: str, value: str | None = None) -> float:
    """The most a slot value of ``field`` said by ``by`` may be given."""
    if _offered is not None and value is not None:
        _offered.append((field, by, value))
    bands = _bands()
    given = bands.get(band(field, by))
    if given is None and by in ROLE_EVIDENCE:
        given = bands.get(band(field, ROLE))
    return min(CEILING, UNFITTED if given is None else given)


def count(directories: list[Path]) -> dict[str, tuple[int, int]]:
    """Per band, the slot values chosen for their field on the documents of
    ``directories`` and how many of them the truth holds: (right, total)."""
    # run as ``python -m`` this file is ``__main__``: the readers call the imported module
    from extraction.calibration import slots as this
    from extraction.errors import ExtractionError
    from extraction.evaluate import _accepted, as_contract, find_cases, same_value
    from extraction.pipeline import extract

    counts: dict[str, list[int]] = {}
    for directory in directories:
        for case in find_cases(directory):
            truth = as_contract(json.loads(case.truth.read_text(encoding="utf-8")))
            truth = truth.get("fields", {})
            this._offered = []
            try:
                result = extract(case.doc)
            except ExtractionError:
                continue
            finally:
                offered, this._offered = this._offered or [], None
            for field, by, value in offered:
                chosen = result.fields.get(field)
                if chosen is None or chosen.value != value:
                    continue
                spec = truth.get(field)
                right = spec is not None and any(
                    same_value(field, value, v) for v in _accepted(spec)
                )
                tally = counts.setdefault(band(field, by), [0, 0])
                tally[0] += right
                tally[1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def lower_bound(right: int, total: int) -> float:
    """Wilson's one-sided lower bound of the share right."""
    if total == 0:
        return 0.0
    p = right / total
    denom = 1 + _Z * _Z / total
    centre = p + _Z * _Z / (2 * total)
    margin = _Z * math.sqrt(p * (1 - p) / total + _Z * _Z / (4 * total * total))
    return max(0.0, (centre - margin) / denom)


def pooled(counts: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """The counts with, per field, its role bands (caption, value, both) summed into one
    band: a band too small on its own is given the share of its field's roles."""
    out = dict(counts)
    for name, (right, total) in counts.items():
        field, by = name.split(":", 1)
        if by in ROLE_EVIDENCE:
            r, t = out.get(band(field, ROLE), (0, 0))
            out[band(field, ROLE)] = (r + right, t + total)
    return out


def fit(counts: dict[str, tuple[int, int]]) -> dict[str, float]:
    """Each band (and each field's pooled roles) with enough values -> its lower bound,
    rounded down to 0.01."""
    return {
        name: math.floor(100 * min(CEILING, lower_bound(right, total))) / 100
        for name, (right, total) in sorted(pooled(counts).items())
        if total >= _MIN_BAND
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extraction.calibration.slots")
    parser.add_argument("--fit", type=Path, nargs="+", help="relabelled sets to fit on")
    parser.add_argument("--check", type=Path, nargs="*", default=[], help="sets to report")
    parser.add_argument("--out", type=Path, default=ARTEFACT)
    args = parser.parse_args(argv)
    if args.fit:
        counts = count(args.fit)
        bands = fit(counts)
        meta = {"fitted_on": [p.name for p in args.fit]}
        data = {"format": 1, "meta": meta, "counts": counts, "bands": bands}
        args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
        print("fit", json.dumps(counts, sort_keys=True), "->", json.dumps(bands, sort_keys=True))
    from extraction.calibration import slots as this

    this._bands.cache_clear()
    if args.check:
        counts = count(args.check)
        for name, (right, total) in sorted(counts.items()):
            given = this.cap(*name.split(":", 1))
            print(f"check {name}: {right}/{total} right, given {given:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

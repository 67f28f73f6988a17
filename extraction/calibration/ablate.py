"""What each special-case repair earns: the development sets scored with every repair on,
then with each one switched off in turn (``extraction.repairs``).

``python -m extraction.calibration.ablate DIR [DIR ...] --cache D``
prints, per repair, the values it gets right that would otherwise be wrong, the values it
gets wrong that would otherwise be right, and the change in silent errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from extraction import repairs
from extraction.calibration.corpus import Case, find_cases
from extraction.calibration.score import ACCEPT, field_outcomes, run_case
from extraction.errors import ExtractionError
from extraction.evaluate import same_line


def outcomes(cases: list[Case], cache: Path | None) -> dict[tuple[str, str], tuple[bool, bool]]:
    """(document, field) -> (right, wrong at auto-accept confidence)."""
    out = {}
    for case in cases:
        try:
            result = run_case(case, cache)
        except ExtractionError:
            continue
        for row in field_outcomes(case, result):
            silent = row["got"] is not None and not row["right"] and row["confidence"] >= ACCEPT
            out[(str(case.doc), row["field"])] = (bool(row["right"]), silent)
        # line rows: the amount and rate repairs read table cells too
        unmatched = list(case.truth.get("lines", []))
        for i, line in enumerate(result.lines):
            got = line.model_dump(mode="json")
            match = next((t for t in unmatched if same_line(got, t)), None)
            if match is not None:
                unmatched.remove(match)
            out[(str(case.doc), f"line{i}")] = (match is not None, False)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args(argv)
    cases = [c for d in args.dirs for c in find_cases(d)]
    base = outcomes(cases, args.cache)
    print(f"{len(cases)} documents, {sum(r for r, _ in base.values())} values right")
    print(f"{'repair':32s} {'fixes':>6s} {'breaks':>6s} {'silent+':>8s}")
    for name in args.only or sorted(repairs.REPAIRS):
        repairs.disabled = {name}
        try:
            without = outcomes(cases, args.cache)
        finally:
            repairs.disabled = set()
        keys = set(base) | set(without)
        fixes = sum(
            1
            for k in keys
            if base.get(k, (False, False))[0] and not without.get(k, (False, False))[0]
        )
        breaks = sum(
            1
            for k in keys
            if without.get(k, (False, False))[0] and not base.get(k, (False, False))[0]
        )
        silent = sum(base.get(k, (False, False))[1] for k in keys) - sum(
            without.get(k, (False, False))[1] for k in keys
        )
        print(f"{name:32s} {fixes:6d} {breaks:6d} {silent:+8d}", flush=True)


if __name__ == "__main__":
    main()

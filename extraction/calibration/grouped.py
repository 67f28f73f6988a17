"""How the header-field confidence holds on layouts it was not fitted on: leave one layout
family (or real-world source) out, fit the calibration on the others, read the left-out
family's values with it, and pool. The development sets' own reliability flatters a fit
that has seen their families; this is the honest proxy for a new sender's layout.

``python -m extraction.calibration.grouped --rows R.json [--collect DIR ...] [--cache D]``
prints, per method (the old fit: cross-fitted by document, no caps; the current one:
cross-fitted by family, per-field caps), the share right at auto-accept per field.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from extraction.calibration.corpus import find_cases
from extraction.calibration.fit import (
    ACCEPT,
    Row,
    final_confidence,
    fit_calibration,
    load_rows,
    rows_of,
    save_rows,
)
from extraction.calibration.model import load


def held_out_confidences(
    rows: list[Row], by_family: bool = True, with_caps: bool = True, promise: float = 0.995
) -> list[float]:
    """Each row's confidence from a calibration fitted without its family."""
    out = [0.0] * len(rows)
    for family in sorted({r.family for r in rows}):
        train = [r for r in rows if r.family != family]
        cal, _ = fit_calibration(train, promise, by_family=by_family, with_caps=with_caps)
        for i, r in enumerate(rows):
            if r.family == family:
                out[i] = final_confidence(cal, r)
    return out


@dataclass
class Accepted:
    right: int = 0
    values: int = 0

    @property
    def wrong(self) -> int:
        return self.values - self.right

    def __str__(self) -> str:
        share = f"{100 * self.right / self.values:6.2f} %" if self.values else "    -   "
        return f"{share} ({self.right}/{self.values}, {self.wrong} wrong)"


def accepted_by(rows: Sequence[Row], confs: Sequence[float], key: str) -> dict[str, Accepted]:
    """Values at auto-accept per ``key`` ("field", "kind", "group" or "all")."""
    out: dict[str, Accepted] = defaultdict(Accepted)
    for row, conf in zip(rows, confs, strict=True):
        if conf < ACCEPT:
            continue
        name = "all" if key == "all" else str(getattr(row, key))
        out[name].values += 1
        out[name].right += row.right
    return dict(out)


def report(title: str, rows: list[Row], confs: list[float]) -> None:
    total = accepted_by(rows, confs, "all").get("all", Accepted())
    right_all = sum(r.right for r in rows)
    print(f"== {title}: at >= {ACCEPT}: {total}; right values {right_all}/{len(rows)}")
    for key in ("group", "kind", "field"):
        for name, acc in sorted(accepted_by(rows, confs, key).items()):
            print(f"   {key:5s} {name:28s} {acc}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=Path, nargs="+", required=True)
    parser.add_argument("--collect", nargs="*", type=Path, default=[])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--real-weight", type=float, default=3.0)
    parser.add_argument("--wrong", action="store_true", help="list the wrong values accepted")
    args = parser.parse_args(argv)
    if args.collect:
        cases = [c for d in args.collect for c in find_cases(d)]
        save_rows(rows_of(cases, args.cache, args.real_weight), args.rows[0])
    rows = [r for path in args.rows for r in load_rows(path)]
    print(f"{len(rows)} values, {len({r.family for r in rows})} families")
    packaged = load()
    report(
        "the packaged calibration (fitted on some of these)",
        rows,
        [final_confidence(packaged, r) for r in rows],
    )
    methods = {
        "old fit (by document, no caps)": (False, False),
        "by family, no caps": (True, False),
        "by family, per-field caps": (True, True),
    }
    for title, (by_family, with_caps) in methods.items():
        confs = held_out_confidences(rows, by_family, with_caps)
        report(f"left-one-family-out, {title}", rows, confs)
        if args.wrong:
            for r, c in zip(rows, confs, strict=True):
                if c >= ACCEPT and not r.right:
                    feats = {k: v for k, v in r.features.items() if v and k != "ocr_conf"}
                    print(f"     wrong at {c}: {r.family} {Path(r.doc).name} {r.field} {feats}")


if __name__ == "__main__":
    main()

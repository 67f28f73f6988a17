"""The document type's confidence, fitted offline on labelled documents.

The classifier (``extraction.classify``) gives its winner's score, margin and the strongest
evidence in each zone (title, subject, sentence, listing, structure, reference). A logistic
model over those features is fitted with folds grouped by layout family, so every row is
scored by weights that never saw its family; the out-of-fold scores are pooled into monotone
bands whose confidence is the lower bound (one-sided 95 %, Clopper-Pearson) of their share
right. A band reaches the auto-accept threshold only when that bound is at least
``--promise``; bands short of evidence stay below it.

``python -m extraction.calibration.doctype --fit DIR [DIR ...] [--check DIR ...] --cache D``

writes ``doctype.json`` beside this module. Without it, a type is never shown as sure.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from extraction.calibration.model import Calibration, from_json

ARTEFACT = Path(__file__).with_name("doctype.json")
UNFITTED_CONFIDENCE = 0.5
_active = ARTEFACT


def use(path: Path) -> None:
    """Read the fitted table from ``path`` from now on (the fit checks what it wrote)."""
    global _active
    _active = path


@lru_cache(maxsize=2)
def _load(path: Path) -> Calibration | None:
    if not path.exists():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))


def confidence(features: dict[str, float]) -> float:
    """The share of documents with such evidence whose type was right, out of family."""
    cal = _load(_active)
    if cal is None or not cal.table:
        return UNFITTED_CONFIDENCE
    return cal.confidence(features)


def family(case_doc: Path, truth: dict[str, object]) -> str:
    """The layout family a document belongs to, for folds that keep a family out: the
    truth's ``layout`` (generated sets, letters), else the sender part of the file name."""
    layout = truth.get("layout") or truth.get("source")
    if isinstance(layout, str) and layout and layout != "wild":
        return layout
    parts = case_doc.name.split(".")[0].split("_")
    return "_".join(parts[:2])


def rows_of(directories: list[Path], cache: Path | None) -> list[dict[str, object]]:
    """One row per document: the classifier's features, whether its type is right, the
    document's family and whether it is a real third-party document."""
    from extraction import classify
    from extraction.calibration.corpus import find_cases, read_pages
    from extraction.layout import build_layout

    rows: list[dict[str, object]] = []
    for directory in directories:
        for case in find_cases(directory):
            pages, _ = read_pages(case.doc, cache)
            if not any(p.words for p in pages):
                continue
            layouts = [build_layout(p.words, p.number, *p.frame) for p in pages]
            result = classify.classify(layouts)
            rows.append(
                {
                    "doc": str(case.doc),
                    "family": family(case.doc, case.truth),
                    "features": result.features,
                    "right": result.doc_type == case.truth["doc_type"],
                    "confidence": result.confidence,
                    "real": "realworld" in str(directory),
                }
            )
    return rows


def main(argv: list[str] | None = None) -> None:
    import argparse

    import numpy as np

    from extraction.calibration import fit

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fit", nargs="+", type=Path, required=True)
    parser.add_argument("--check", nargs="*", type=Path, default=[])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ARTEFACT)
    parser.add_argument("--promise", type=float, default=0.995)
    parser.add_argument("--min-band", type=float, default=40.0)
    args = parser.parse_args(argv)

    rows = rows_of(args.fit, args.cache)
    names = sorted({k for r in rows for k in r["features"]})  # type: ignore[attr-defined]
    x = np.array([[r["features"].get(n, 0.0) for n in names] for r in rows])  # type: ignore[attr-defined]
    y = np.array([bool(r["right"]) for r in rows], dtype=float)
    w = np.ones(len(rows))
    families = sorted({str(r["family"]) for r in rows})
    # leave one family out: every row is scored by weights that never saw its layout
    oof = np.zeros(len(rows))
    for fam in families:
        test = np.array([r["family"] == fam for r in rows])
        coef, bias = fit.fit_logistic(x[~test], y[~test], w[~test])
        oof[test] = fit._predict(x[test], coef, bias)
    coef, bias = fit.fit_logistic(x, y, w)
    bands = fit.isotonic_bands(oof, y, w, args.min_band)
    real_wrong = [p for p, r, row in zip(oof, y, rows, strict=True) if not r and row["real"]]
    table = fit.table_from_bands(bands, args.promise, max(real_wrong, default=-1.0))
    cal = Calibration(
        weights={n: round(float(c), 5) for n, c in zip(names, coef, strict=True)},
        bias=round(bias, 5),
        table=table,
        meta={
            "fitted_on": [str(d) for d in args.fit],
            "documents": len(rows),
            "families": len(families),
            "promise": args.promise,
            "bands": [
                {"from_score": round(lo, 4), "right": round(r, 1), "weight": round(n, 1)}
                for lo, r, n in bands
            ],
        },
    )
    oof_conf = [fit._lookup(Calibration(table=table), float(p)) for p in oof]
    print(f"fitted on {len(rows)} documents of {len(families)} families")
    print("leave-one-family-out reliability (band: right/documents):")
    for band, right, n in fit.bands(oof_conf, [bool(v) for v in y]):
        print(f"  {band} {right}/{n}")
    for p, c, r, row in zip(oof, oof_conf, y, rows, strict=True):
        if not r and c >= fit.ACCEPT:
            print(f"  wrong at {c} (score {p:.4f}): {row['doc']}")
    args.out.write_text(json.dumps(cal.to_json(), indent=1) + "\n", encoding="utf-8")
    _load.cache_clear()
    if args.check:
        use(args.out)
        check = rows_of(args.check, args.cache)
        print(f"check on {len(check)} documents kept aside:")
        confs = [float(r["confidence"]) for r in check]  # type: ignore[arg-type]
        for band, right, n in fit.bands(confs, [bool(r["right"]) for r in check]):
            print(f"  {band} {right}/{n}")


if __name__ == "__main__":
    main()

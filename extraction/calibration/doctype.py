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
The table in use was refitted (issue 20, with the label, field and structure evidence and
the untitled pages of ``samples.wild.retitle``) with::

    python -m samples.wild /tmp/w1 --seed 1 --count 300
    python -m samples.wild /tmp/w2 --seed 2 --count 200
    python -m samples.wild /tmp/w3 --seed 3 --count 150
    python -m samples.wild.retitle /tmp/va --pool a --seed 801 --count 120 --families A,B
    python -m tests.extraction.letters /tmp/la --seed 1 --count 160 --half a   # b: seed 2,
    python -m extraction.calibration.doctype --cache /tmp/pages --fit /tmp/w1 /tmp/w2 \
        /tmp/w3 /tmp/la /tmp/lb /tmp/lc ../shared/realworld-dev samples/heldout /tmp/va \
        --check /tmp/vb /tmp/A /tmp/B

(c: seed 3). Types read from sentences alone, from a generic title, or contested by a
runner-up with most of the winner's score are capped in ``extraction.classify`` below the
threshold; the table decides for the rest.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

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
    return lookup(cal.table, logit(cal, features))


def logit(cal: Calibration, features: dict[str, float]) -> float:
    """The logistic model's linear score: bands are cut on it, not on the probability, which
    rounds to 1.0 for every well-titled document."""
    return cal.bias + sum(w * features.get(k, 0.0) for k, w in cal.weights.items())


def lookup(table: tuple[tuple[float, float], ...], z: float) -> float:
    conf = table[0][1]
    for low, value in table:
        if z >= low:
            conf = value
    return conf


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
    document's family and the cap extraction puts on it."""
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
                    "cap": result.cap,
                }
            )
    return rows


def main(argv: list[str] | None = None) -> None:
    from extraction.calibration import fit

    parser = fit.cli_parser(__doc__, ARTEFACT, promise=0.995, min_band=40.0, weighted=False)
    args = parser.parse_args(argv)

    rows = rows_of(args.fit, args.cache)
    names = sorted({k for r in rows for k in r["features"]})  # type: ignore[attr-defined]
    x = np.array([[r["features"].get(n, 0.0) for n in names] for r in rows])  # type: ignore[attr-defined]
    y = np.array([bool(r["right"]) for r in rows], dtype=float)
    w = np.ones(len(rows))
    families = sorted({str(r["family"]) for r in rows})
    caps = np.array([float(r["cap"]) for r in rows])  # type: ignore[arg-type]
    # the table decides only for documents a title or subject names: a type read from
    # sentences alone, or from a generic title, is capped below auto-accept whatever it says
    open_ = caps >= 1.0
    # leave one family out: every row is scored by weights and a table that never saw its
    # layout, and capped as extraction caps it
    oof = np.zeros(len(rows))
    oof_conf = np.zeros(len(rows))
    for fam in families:
        test = np.array([r["family"] == fam for r in rows])
        coef, bias = fit.fit_logistic(x[~test], y[~test], w[~test])
        z = x @ coef + bias
        oof[test] = z[test]
        train = ~test & open_
        fold_table = _table(z[train], y[train], w[train], args.promise, args.min_band)
        capped = zip(z[test], caps[test], strict=True)
        oof_conf[test] = [min(lookup(fold_table, float(v)), float(c)) for v, c in capped]
    coef, bias = fit.fit_logistic(x, y, w)
    z_all = x @ coef + bias
    bands = fit.isotonic_bands(z_all[open_], y[open_], w[open_], args.min_band)
    table = _table(z_all[open_], y[open_], w[open_], args.promise, args.min_band)
    meta = {"documents": len(rows), "families": len(families), "promise": args.promise}
    cal = fit.fitted(names, coef, bias, table, bands, fitted_on=args.fit, **meta)
    reliability = fit.bands(list(oof_conf), [bool(v) for v in y])
    cal.meta["leave_one_family_out"] = [list(b) for b in reliability]
    print(f"fitted on {len(rows)} documents of {len(families)} families")
    print("leave-one-family-out reliability (band: right/documents):")
    for band, right, n in reliability:
        print(f"  {band} {right}/{n}")
    for p, c, r, row in zip(oof, oof_conf, y, rows, strict=True):
        if not r:
            print(f"  wrong at {c} (score {p:.2f}): {row['doc']}")
    args.out.write_text(json.dumps(cal.to_json(), indent=1) + "\n", encoding="utf-8")
    _load.cache_clear()
    if args.check:
        # the classifier imports this module by its name; run as ``python -m`` this code is
        # ``__main__``, a second copy whose ``use`` the classifier would never see
        from extraction.calibration import doctype as imported

        imported.use(args.out)
        imported._load.cache_clear()
        check = rows_of(args.check, args.cache)
        print(f"check on {len(check)} documents kept aside:")
        confs = [float(r["confidence"]) for r in check]  # type: ignore[arg-type]
        for band, right, n in fit.bands(confs, [bool(r["right"]) for r in check]):
            print(f"  {band} {right}/{n}")


def _table(
    z: np.ndarray, y: np.ndarray, w: np.ndarray, promise: float, min_band: float
) -> tuple[tuple[float, float], ...]:
    """Isotonic bands of the logistic score, each given the lower bound of its share right
    (the auto-accepted top bands pooled must keep ``promise``)."""
    from extraction.calibration import fit

    bands = fit.isotonic_bands(z, y, w, min_band)
    table = fit.table_from_bands(bands, promise, -1e9)
    # scores are logits: the lowest band starts at the lowest score fitted, and a score
    # weaker than any fitted is not promised
    first = (round(float(min(z)), 6), table[0][1])
    return ((-1e9, min(fit.BELOW_ACCEPT, table[0][1])), first, *table[1:])


if __name__ == "__main__":
    main()

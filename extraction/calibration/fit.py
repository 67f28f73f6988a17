"""Fit the confidence of chosen field values on labelled documents, offline.

``python -m extraction.calibration.fit --fit DIR [DIR ...] --check DIR [DIR ...]``

1. Every document of the ``--fit`` folders is extracted; each chosen field gives one row:
   its features (``extraction.resolve.features``) and whether it is right by the truth.
2. Logistic weights are fitted by five-fold cross-fitting over documents, so every row also
   gets a score from weights that never saw its document.
3. Those out-of-fold scores are pooled into monotone bands (isotonic regression). A band's
   confidence is the lower bound of its share right (one-sided 95 %, Clopper-Pearson); a band
   is put above the auto-accept threshold only when that bound is at least ``--promise``
   (0.995), else it is capped just below it: bands that lack evidence never auto-accept.
4. The ``--check`` folders (kept aside) are extracted with the result and their reliability
   table is printed: confidence band -> share right.

The result is written to ``extraction/calibration/calibration.json``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from extraction.calibration import model as cal_model
from extraction.calibration.corpus import Case, find_cases
from extraction.calibration.model import ARTEFACT, FORMAT_VERSION, Calibration, from_json
from extraction.calibration.score import BANDS, expected, run_case
from extraction.errors import ExtractionError
from extraction.evaluate import same_value

ACCEPT = 0.9
BELOW_ACCEPT = 0.89


@dataclass
class Row:
    doc: str
    group: str
    field: str
    features: dict[str, float]
    right: bool
    weight: float
    confidence: float  # as extraction reported it, every cap applied


def rows_of(cases: list[Case], cache: Path | None, real_weight: float) -> list[Row]:
    rows: list[Row] = []
    for case in cases:
        # the features are computed before any confidence: the calibration in use is moot
        try:
            result = run_case(case, cache)
        except ExtractionError:
            continue
        want = expected(case)
        if case.truth.get("doc_type") == "credit_note":
            # the contract gives a credit note's amounts positive; a truth that kept the
            # printed minus sign is compared as the contract reads it
            for name in ("total_net", "total_tax", "total_gross"):
                want[name] = [w.lstrip("-") for w in want.get(name, [])]
        real = case.truth.get("layout", "").startswith(("rw-", "ext-"))
        for name, feats in result.field_evidence.items():
            if name not in want and case.partial:
                continue
            got = result.fields.get(name)
            right = got is not None and any(
                same_value(name, got.value, w) for w in want.get(name, [])
            )
            weight = real_weight if real else 1.0
            conf = got.confidence if got is not None else 0.0
            rows.append(Row(str(case.doc), case.set_name, name, feats, right, weight, conf))
    return rows


def _matrix(rows: list[Row], names: list[str]) -> np.ndarray:
    return np.array([[r.features.get(n, 0.0) for n in names] for r in rows], dtype=float)


def fit_logistic(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0
) -> tuple[np.ndarray, float]:
    """Weighted, L2-regularised logistic regression by Newton's method."""
    n, k = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(k + 1)
    reg = np.full(k + 1, l2)
    reg[-1] = 1e-6
    for _ in range(50):
        z = np.clip(xb @ beta, -30, 30)
        p = 1 / (1 + np.exp(-z))
        grad = xb.T @ (w * (p - y)) + reg * beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return beta[:-1], float(beta[-1])


def _predict(x: np.ndarray, coef: np.ndarray, bias: float) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(x @ coef + bias, -30, 30)))


def clopper_pearson_lower(right: float, n: float, alpha: float = 0.05) -> float:
    """One-sided lower bound of a binomial share (weights rounded to counts)."""
    k, m = round(right), max(1, round(n))
    if k <= 0:
        return 0.0

    def tail(p: float) -> float:  # P(X >= k) for X ~ Bin(m, p)
        total = 0.0
        for i in range(k, m + 1):
            log = (
                math.lgamma(m + 1)
                - math.lgamma(i + 1)
                - math.lgamma(m - i + 1)
                + i * math.log(p)
                + (m - i) * math.log1p(-p)
            )
            total += math.exp(log)
        return total

    lo, hi = 0.0, k / m
    for _ in range(50):
        mid = (lo + hi) / 2
        if mid <= 0 or tail(mid) < alpha:
            lo = mid
        else:
            hi = mid
    return lo


def isotonic_bands(
    scores: np.ndarray, right: np.ndarray, weights: np.ndarray, min_weight: float
) -> list[tuple[float, float, float]]:
    """(lowest score, weight right, weight) of monotone bands, by pool-adjacent-violators,
    then merged up to ``min_weight`` each."""
    order = np.argsort(scores)
    blocks: list[list[float]] = []  # [low score, right, weight]
    for i in order:
        blocks.append([float(scores[i]), float(right[i] * weights[i]), float(weights[i])])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            last = blocks.pop()
            blocks[-1][1] += last[1]
            blocks[-1][2] += last[2]
    merged: list[list[float]] = []
    for b in blocks:
        if merged and merged[-1][2] < min_weight:
            merged[-1][1] += b[1]
            merged[-1][2] += b[2]
        else:
            merged.append(list(b))
    if len(merged) > 1 and merged[-1][2] < min_weight:
        last = merged.pop()
        merged[-1][1] += last[1]
        merged[-1][2] += last[2]
    return [(b[0], b[1], b[2]) for b in merged]


def table_from_bands(
    bands: list[tuple[float, float, float]], promise: float, real_wrong_from: float
) -> tuple[tuple[float, float], ...]:
    """Confidence per band. The promise is about every value shown at or above the
    auto-accept threshold taken together, so the auto-accepted region is the widest run of
    top bands whose pooled share right has a 95 % lower bound of at least ``promise`` and
    that holds no wrong real-world value (``real_wrong_from``: the highest score of one).
    Inside it a band's confidence is its share right (at least the threshold); below it, the
    band's lower bound, capped under the threshold."""
    start = len(bands)
    right = weight = 0.0
    for i in range(len(bands) - 1, -1, -1):
        if bands[i][0] <= real_wrong_from:
            break
        right += bands[i][1]
        weight += bands[i][2]
        if clopper_pearson_lower(right, weight) >= promise:
            start = i
    table: list[tuple[float, float]] = []
    previous = 0.0
    for i, (low, r, w) in enumerate(bands):
        if i >= start:
            conf = min(0.99, max(ACCEPT, r / w))
        else:
            conf = min(BELOW_ACCEPT, clopper_pearson_lower(r, w))
        conf = max(conf, previous)  # monotone in the score
        previous = conf
        table.append((round(low, 6), round(conf, 4)))
    if table:
        table[0] = (0.0, table[0][1])
    return tuple(table)


def bands(confs: Sequence[float], right: Sequence[bool]) -> list[tuple[str, int, int]]:
    """Confidence band -> (right, values), over the bands ``orderdesk eval`` prints; the
    header-field and line fitting scripts both report with it."""
    out = []
    for lo, hi in itertools.pairwise(BANDS):
        inside = [r for c, r in zip(confs, right, strict=True) if lo <= c < hi]
        if inside:
            out.append((f"[{lo:.2f},{min(hi, 1.0):.2f})", sum(inside), len(inside)))
    return out


def reliability(rows: list[Row]) -> list[tuple[str, int, int]]:
    """Confidence band -> (right, values), as extraction reported the confidences."""
    return bands([r.confidence for r in rows], [r.right for r in rows])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fit", nargs="+", type=Path, required=True)
    parser.add_argument("--check", nargs="*", type=Path, default=[])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ARTEFACT)
    parser.add_argument("--promise", type=float, default=0.995)
    parser.add_argument("--real-weight", type=float, default=3.0)
    parser.add_argument("--min-band", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args(argv)

    fit_cases = [c for d in args.fit for c in find_cases(d)]
    rows = rows_of(fit_cases, args.cache, args.real_weight)
    names = sorted({k for r in rows for k in r.features})
    x = _matrix(rows, names)
    y = np.array([r.right for r in rows], dtype=float)
    w = np.array([r.weight for r in rows], dtype=float)

    docs = sorted({r.doc for r in rows})
    random.Random(args.seed).shuffle(docs)
    fold_of = {d: i % 5 for i, d in enumerate(docs)}
    folds = np.array([fold_of[r.doc] for r in rows])
    oof = np.zeros(len(rows))
    for k in range(5):
        train, test = folds != k, folds == k
        coef, bias = fit_logistic(x[train], y[train], w[train])
        oof[test] = _predict(x[test], coef, bias)
    coef, bias = fit_logistic(x, y, w)
    bands = isotonic_bands(oof, y, w, args.min_band)
    real_wrong = [p for p, r, row in zip(oof, y, rows, strict=True) if not r and row.weight > 1]
    for p, r, row in sorted(zip(oof, y, rows, strict=True), key=lambda t: -t[0])[:3000]:
        if not r:
            print(f"  wrong at out-of-fold score {p:.4f}: {Path(row.doc).name} {row.field}")
    table = table_from_bands(bands, args.promise, max(real_wrong, default=-1.0))
    cal = Calibration(
        weights={n: round(float(c), 5) for n, c in zip(names, coef, strict=True)},
        bias=round(bias, 5),
        table=table,
        meta={
            "fitted_on": [str(d) for d in args.fit],
            "rows": len(rows),
            "documents": len(docs),
            "promise": args.promise,
            "real_weight": args.real_weight,
            "bands": [
                {"from_score": round(lo, 4), "right": round(r, 1), "weight": round(n, 1)}
                for lo, r, n in bands
            ],
        },
    )
    # out-of-fold reliability: each row's confidence from weights that never saw it
    oof_cal = Calibration(weights={}, bias=0.0, table=table)
    print(f"fitted on {len(docs)} documents, {len(rows)} values")
    print("out-of-fold reliability (band: right/values):")
    for band, right, n in _oof_reliability(oof, y, oof_cal):
        print(f"  {band} {right}/{n}")
    args.out.write_text(json.dumps(cal.to_json(), indent=1) + "\n", encoding="utf-8")
    check = from_json(json.loads(args.out.read_text(encoding="utf-8")))
    assert check.to_json()["format"] == FORMAT_VERSION
    if args.check:
        cal_model.use(args.out)  # the table just written, with every cap of extraction
        check_rows = rows_of([c for d in args.check for c in find_cases(d)], args.cache, 1.0)
        print(f"check on {len({r.doc for r in check_rows})} documents kept aside:")
        for band, right, n in reliability(check_rows):
            print(f"  {band} {right}/{n}")
        for r in check_rows:
            if r.confidence >= ACCEPT and not r.right:
                print(f"  wrong at {r.confidence}: {Path(r.doc).name} {r.field}")


def _oof_reliability(
    oof: np.ndarray, y: np.ndarray, table: Calibration
) -> list[tuple[str, int, int]]:
    return bands([_lookup(table, p) for p in oof], [bool(v) for v in y])


def _lookup(cal: Calibration, p: float) -> float:
    conf = cal.table[0][1]
    for low, value in cal.table:
        if p >= low:
            conf = value
    return conf


if __name__ == "__main__":
    main()

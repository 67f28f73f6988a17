"""Fit the confidence of chosen field values on labelled documents, offline.

``python -m extraction.calibration.fit --fit DIR [DIR ...] --check DIR [DIR ...] [--rows F]``

1. Every document of the ``--fit`` folders is extracted with a table that says 1.0; each
   chosen field gives one row: its features (``extraction.resolve.features``), whether it is
   right by the truth, and its ceiling (the other caps of extraction), kept in ``--rows``.
2. Logistic weights are cross-fitted by layout family (the truth's ``layout``; a real
   document's source): every row gets a score from weights that never saw its family, as a
   new sender's layout will be scored. (Folds by document flattered the table: a family's
   labels and places were learnt from its siblings.)
3. Those out-of-family scores are pooled into monotone bands (isotonic regression). A band's
   confidence is the lower bound of its share right (one-sided 95 %, Clopper-Pearson); a band
   is put above the auto-accept threshold only when that bound is at least ``--promise``
   (0.995), else it is capped just below it: bands that lack evidence never auto-accept.
4. Per field, apart for values a constraint or check digits confirm, a cell whose values at
   auto-accept were not reliably right out of family is capped below it (``field_caps``).
5. The ``--check`` folders (kept aside) are read with the result and their reliability
   table is printed: confidence band -> share right.

The result is written to ``extraction/calibration/calibration.json``;
``extraction.calibration.grouped`` measures the whole procedure family by family.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    # what extraction reported with a table that says 1.0: every cap but the calibration's
    confidence: float
    family: str = "-"  # the layout family or sender: what cross-fitting holds out together
    kind: str = "born_digital"


# a table that says 1.0 everywhere: what extraction then reports is the ceiling its other
# caps (OCR, arithmetic that fails, a language not read) put on a value
CEILING = Calibration(table=((0.0, 1.0),))


def rows_of(cases: list[Case], cache: Path | None, real_weight: float) -> list[Row]:
    """One row per chosen field: its evidence, whether it is right, and its ceiling (every
    cap of extraction but the calibration's), so that any table's confidence is
    ``min(table, ceiling)`` without reading the documents again."""
    rows: list[Row] = []
    for case in cases:
        try:
            with cal_model.override(CEILING):
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
            rows.append(
                Row(
                    str(case.doc),
                    case.set_name,
                    name,
                    feats,
                    right,
                    real_weight if real else 1.0,
                    got.confidence if got is not None else 0.0,
                    family=family_of(case),
                    kind=case.kind,
                )
            )
    return rows


def save_rows(rows: list[Row], path: Path) -> None:
    path.write_text(json.dumps([dataclasses.asdict(r) for r in rows]), encoding="utf-8")


def load_rows(path: Path) -> list[Row]:
    return [Row(**raw) for raw in json.loads(path.read_text(encoding="utf-8"))]


def family_of(case: Case) -> str:
    """The layout family (generated sets) or source (real ones) of a document: values of
    one family share their labels and places, so they are held out together."""
    return str(case.truth.get("layout") or case.truth.get("source") or case.set_name)


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


def fitted(
    names: Sequence[str],
    coef: np.ndarray,
    bias: float,
    table: tuple[tuple[float, float], ...],
    bands: Sequence[tuple[float, float, float]],
    *,
    fitted_on: Sequence[Path] | None = None,
    caps: dict[str, float] | None = None,
    **meta: Any,
) -> Calibration:
    """A fitted calibration as the artefacts store it: weights and bias rounded to 5 places,
    ``meta`` led by the folders it was ``fitted_on`` (when given), then the bands (lowest
    score, weight right, weight)."""
    if fitted_on is not None:
        meta = {"fitted_on": [str(d) for d in fitted_on], **meta}
    return Calibration(
        weights={n: round(float(c), 5) for n, c in zip(names, coef, strict=True)},
        bias=round(bias, 5),
        table=table,
        caps=caps if caps is not None else {},
        meta={
            **meta,
            "bands": [
                {"from_score": round(lo, 4), "right": round(r, 1), "weight": round(n, 1)}
                for lo, r, n in bands
            ],
        },
    )


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


def reliability(rows: list[Row], confs: Sequence[float]) -> list[tuple[str, int, int]]:
    """Confidence band -> (right, values)."""
    return bands(confs, [r.right for r in rows])


def final_confidence(cal: Calibration, row: Row) -> float:
    """The confidence extraction gives ``row``'s value under ``cal``: the table and the
    field's cap, under the ceiling of every other cap."""
    return min(cal.confidence(row.features, row.field), row.confidence)


def cross_fitted(
    rows: list[Row], names: list[str], by_family: bool = True, seed: int = 20, max_folds: int = 10
) -> np.ndarray:
    """Each row's logistic score from weights fitted without its layout family (families
    dealt into at most ``max_folds`` folds), or, the old way, without its document in five
    folds."""
    x = _matrix(rows, names)
    y = np.array([r.right for r in rows], dtype=float)
    w = np.array([r.weight for r in rows], dtype=float)
    if by_family:
        keys = sorted({r.family for r in rows})
        fold_of = {k: i % max_folds for i, k in enumerate(keys)}
        folds = np.array([fold_of[r.family] for r in rows])
    else:
        docs = sorted({r.doc for r in rows})
        random.Random(seed).shuffle(docs)
        doc_fold = {d: i % 5 for i, d in enumerate(docs)}
        folds = np.array([doc_fold[r.doc] for r in rows])
    oof = np.zeros(len(rows))
    for k in sorted(set(folds.tolist())):
        train, test = folds != k, folds == k
        if not train.any():
            continue
        coef, bias = fit_logistic(x[train], y[train], w[train])
        oof[test] = _predict(x[test], coef, bias)
    return oof


# Party names are read by label and place alone: no check digit, sum or date order can
# vouch for them, and on a layout the fit never saw, the label's neighbour may be a caption
# ("ADRESSE DE LIVRAISON") or the other party. The families a fit saw cannot show how that
# fails elsewhere, so unconfirmed, names stay below auto-accept by construction; a sender's
# profile (learned from approved documents) is what lifts them. (Addresses are left to the
# fit: a sender's profile cannot lift an address that changes with every customer.)
# Payment terms are the same kind of value: free text beside a label, which on a layout the
# fit never saw can be a penalty clause or a bank line; only a due date that the terms
# explain (``agree``) vouches for them. Measured on the third sealed set (unseen layouts):
# 18 of 249 values shown sure were wrong, all payment terms; none once capped.
UNVERIFIABLE = ("supplier_name", "customer_name", "payment_terms")


def field_caps(
    rows: list[Row], confs: Sequence[float], promise: float, min_values: int = 30
) -> dict[str, float]:
    """Per field, and apart for values a constraint or check digits confirm: the cells
    whose values at auto-accept do not keep the promise out of family on their own are
    capped below auto-accept. A cell with no wrong value there is covered by the pooled
    bands once it has ``min_values``; one with wrong values must show enough right ones
    that its rule-of-succession share wrong, (wrong + 1) / (values + 2), is within
    1 - promise. A cell never at auto-accept out of family has no evidence: capped too."""
    cells: dict[str, list[float]] = {}
    for row, conf in zip(rows, confs, strict=True):
        cell = cells.setdefault(cal_model.cap_key(row.field, row.features), [0.0, 0.0])
        if conf >= ACCEPT:
            cell[0] += row.weight * (not row.right)
            cell[1] += row.weight
    caps = {f"{name}:unconfirmed": BELOW_ACCEPT for name in UNVERIFIABLE}
    for key, (wrong, n) in cells.items():
        if n < min_values or (wrong > 0 and (wrong + 1) / (n + 2) > 1 - promise):
            caps[key] = BELOW_ACCEPT
    return caps


def fit_calibration(
    rows: list[Row],
    promise: float = 0.995,
    min_band: float = 60.0,
    by_family: bool = True,
    with_caps: bool = True,
    seed: int = 20,
) -> tuple[Calibration, np.ndarray]:
    """Weights on every row, the table from out-of-family scores, and the per-field caps
    from the confidences that table gives out of family. Returns the calibration and the
    out-of-family score of each row."""
    names = sorted({k for r in rows for k in r.features})
    y = np.array([r.right for r in rows], dtype=float)
    w = np.array([r.weight for r in rows], dtype=float)
    oof = cross_fitted(rows, names, by_family, seed)
    coef, bias = fit_logistic(_matrix(rows, names), y, w)
    found = isotonic_bands(oof, y, w, min_band)
    real_wrong = [p for p, r in zip(oof, rows, strict=True) if not r.right and r.weight > 1]
    table = table_from_bands(found, promise, max(real_wrong, default=-1.0))
    caps: dict[str, float] = {}
    if with_caps:
        plain = Calibration(table=table)
        confs = [min(_lookup(plain, p), r.confidence) for p, r in zip(oof, rows, strict=True)]
        caps = field_caps(rows, confs, promise)
    cal = fitted(
        names,
        coef,
        bias,
        table,
        found,
        caps=caps,
        rows=len(rows),
        documents=len({r.doc for r in rows}),
        families=len({r.family for r in rows}),
        cross_fitted="by layout family" if by_family else "by document",
        promise=promise,
    )
    return cal, oof


def cli_parser(
    description: str | None,
    out: Path,
    promise: float,
    min_band: float,
    *,
    weighted: bool = True,
) -> argparse.ArgumentParser:
    """The arguments the fit CLIs share (header fields here, ``lines``, ``doctype``):
    ``--fit``, ``--check``, ``--cache``, ``--out``, ``--promise``, ``--min-band`` and, where
    rows carry a real-world weight and folds are drawn at random (``weighted``),
    ``--real-weight`` and ``--seed``. Each CLI adds its own arguments after these."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--fit", nargs="+", type=Path, required=True)
    parser.add_argument("--check", nargs="*", type=Path, default=[])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--promise", type=float, default=promise)
    if weighted:
        parser.add_argument("--real-weight", type=float, default=3.0)
    parser.add_argument("--min-band", type=float, default=min_band)
    if weighted:
        parser.add_argument("--seed", type=int, default=20)
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = cli_parser(__doc__, ARTEFACT, promise=0.995, min_band=60.0)
    parser.add_argument(
        "--rows", type=Path, default=None, help="keep the fit's rows here and reuse them"
    )
    args = parser.parse_args(argv)

    if args.rows is not None and args.rows.exists():
        rows = load_rows(args.rows)
    else:
        rows = rows_of([c for d in args.fit for c in find_cases(d)], args.cache, args.real_weight)
        if args.rows is not None:
            save_rows(rows, args.rows)
    cal, oof = fit_calibration(rows, args.promise, args.min_band, seed=args.seed)
    cal.meta["fitted_on"] = [str(d) for d in args.fit]
    cal.meta["real_weight"] = args.real_weight
    for p, row in sorted(zip(oof, rows, strict=True), key=lambda t: -t[0])[:3000]:
        if not row.right:
            print(f"  wrong at out-of-family score {p:.4f}: {Path(row.doc).name} {row.field}")
    print(f"fitted on {cal.meta['documents']} documents, {len(rows)} values")
    print("caps:", cal.caps)
    print("out-of-family reliability (band: right/values), caps as fitted:")
    oof_cal = dataclasses.replace(cal, weights={}, bias=0.0)
    confs = [min(_lookup(oof_cal, p), r.confidence) for p, r in zip(oof, rows, strict=True)]
    confs = [
        min(c, cal.caps.get(cal_model.cap_key(r.field, r.features), 1.0))
        for c, r in zip(confs, rows, strict=True)
    ]
    for band, right, n in reliability(rows, confs):
        print(f"  {band} {right}/{n}")
    args.out.write_text(json.dumps(cal.to_json(), indent=1) + "\n", encoding="utf-8")
    check = from_json(json.loads(args.out.read_text(encoding="utf-8")))
    assert check.to_json()["format"] == FORMAT_VERSION
    if args.check:
        check_rows = rows_of([c for d in args.check for c in find_cases(d)], args.cache, 1.0)
        got = [final_confidence(check, r) for r in check_rows]
        print(f"check on {len({r.doc for r in check_rows})} documents kept aside:")
        for band, right, n in reliability(check_rows, got):
            print(f"  {band} {right}/{n}")
        for r, c in zip(check_rows, got, strict=True):
            if c >= ACCEPT and not r.right:
                print(f"  wrong at {c}: {Path(r.doc).name} {r.field}")


def _lookup(cal: Calibration, p: float) -> float:
    conf = cal.table[0][1]
    for low, value in cal.table:
        if p >= low:
            conf = value
    return conf


if __name__ == "__main__":
    main()

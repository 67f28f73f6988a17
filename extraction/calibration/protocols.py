"""How honest the confidence is on layouts nobody fitted on, under validation protocols of
increasing pessimism (issue 20: values at >= 0.9 were right 100 % leaving one development
family out, but 98.8 % (fields) and 95.3 % (lines) on families never seen).

Leaving a family out of the *fit* does not leave its wordings out of *extraction*: the
label vocabulary was written knowing every development wording, so a held-out development
family is still read with labels it was taught. ``vocabulary_dropout`` simulates a first-
seen layout's wordings: each document is read a second time with a random share of the
label patterns of ``extraction.labels`` unknown, and the held-out fold is scored on those
reads (``--protocol family+wording``). Caps and gates are chosen on the worst fold.

``python -m extraction.calibration.protocols collect OUT.json DIR [DIR ...] --cache D``
``python -m extraction.calibration.protocols report OUT.json [OUT2.json ...]``
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from extraction import labels
from extraction.calibration import fit
from extraction.calibration import lines as line_cal
from extraction.calibration import model as cal_model
from extraction.calibration.corpus import Case, find_cases, read_pages
from extraction.errors import ExtractionError
from extraction.evaluate import as_contract, same_line, same_value
from extraction.novelty import label_vocabulary

ACCEPT = 0.9
BELOW = 0.89


@contextmanager
def vocabulary_dropout(share: float, seed: str) -> Iterator[list[str]]:
    """Inside the block, ``share`` of the French and English label patterns (drawn by
    ``seed``) are unknown to extraction, as a first-seen layout's own wordings are."""
    rng = random.Random(seed)
    keep = [lab for lab in labels.LABELS if rng.random() >= share]
    dropped = [lab.field for lab in labels.LABELS if lab not in keep]
    before = list(labels.LABELS)
    labels.LABELS[:] = keep
    try:
        yield dropped
    finally:
        labels.LABELS[:] = before


@dataclass
class DocRecord:
    doc: str
    set_name: str
    family: str
    kind: str
    variant: str  # "plain" or "dropout"
    novelty: dict[str, float]
    fields: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)


def _read(case: Case, cache: Path | None) -> tuple[Any, Any]:
    from extraction import assemble
    from extraction.layout import build_layout

    pages, _ = read_pages(case.doc, cache)
    layouts = [build_layout(p.words, p.number, *p.frame) for p in pages]
    with cal_model.override(fit.CEILING):
        result = assemble.build_result(pages, layouts, None)
    return result, layouts


def record(case: Case, cache: Path | None, variant: str) -> DocRecord | None:
    """One read of ``case``: every chosen field (features, right, ceiling) and every line
    (features, right), with the document's novelty signals."""
    captured: list[list[dict[str, float]]] = []
    line_cal._recorded = captured
    try:
        result, layouts = _read(case, cache)
    except ExtractionError:
        return None
    finally:
        line_cal._recorded = None
    voc = label_vocabulary(layouts)
    want: dict[str, list[str]] = {
        n: [s["value"], *s.get("alt", [])] for n, s in case.truth.get("fields", {}).items()
    }
    if case.truth.get("doc_type") == "credit_note":
        for n in ("total_net", "total_tax", "total_gross"):
            want[n] = [w.lstrip("-") for w in want.get(n, [])]
    n_fields = len(result.field_evidence)
    by_label = sum(
        1 for f in result.field_evidence.values() if f.get("origin_label") or f.get("origin_grid")
    )
    rec = DocRecord(
        str(case.doc),
        case.set_name,
        fit.family_of(case),
        case.kind,
        variant,
        {
            "unknown_labels": float(voc.unknown),
            "known_labels": float(voc.known),
            "unknown_share": voc.unknown_share,
            "unlabelled_share": 1 - by_label / n_fields if n_fields else 0.0,
        },
    )
    for name, feats in result.field_evidence.items():
        if name not in want and case.partial:
            continue
        got = result.fields.get(name)
        right = got is not None and any(same_value(name, got.value, w) for w in want.get(name, []))
        ceiling = got.confidence if got is not None else 0.0
        rec.fields.append({"field": name, "f": feats, "right": right, "ceiling": ceiling})
    truth = as_contract(case.truth)
    if not (case.partial and "lines" not in truth):
        feats_l = captured[-1] if captured else [{} for _ in result.lines]
        unmatched = list(truth.get("lines", []))
        for li, f in zip(result.lines, feats_l, strict=True):
            got_l = li.model_dump(mode="json")
            hit = next((t for t in unmatched if same_line(got_l, t, case.partial)), None)
            if hit is not None:
                unmatched.remove(hit)
            rec.lines.append({"f": f, "right": hit is not None})
    return rec


def collect(cases: Sequence[Case], cache: Path | None, share: float) -> list[DocRecord]:
    out = []
    for i, case in enumerate(cases):
        plain = record(case, cache, "plain")
        if plain is None:
            continue
        out.append(plain)
        if share > 0:
            with vocabulary_dropout(share, f"dropout:{case.doc.name}"):
                dropped = record(case, cache, "dropout")
            if dropped is not None:
                out.append(dropped)
        if (i + 1) % 25 == 0:
            print(f"  {i + 1}/{len(cases)}", flush=True)
    return out


def load(paths: Sequence[Path]) -> list[DocRecord]:
    return [DocRecord(**r) for p in paths for r in json.loads(p.read_text(encoding="utf-8"))]


# ---- styles: what a fold holds out beside the family -----------------------------------

# the generator's label key of each field (samples/wild/vocab.py)
WORDING_KEY = {
    "document_number": "__number",
    "document_date": "date",
    "order_number": "order_number",
    "customer_number": "customer_number",
    "due_date": "due_date",
    "delivery_date": "delivery_date",
    "payment_date": "payment_date",
    "payment_terms": "payment_terms",
    "total_net": "total_net",
    "total_tax": "tax_at",
    "total_gross": "total_gross",
    "currency": "currency",
    "iban": "iban",
    "vat_id": "vat",
    "billing_address": "billing",
    "customer_name": "billing",
    "delivery_address": "delivery",
    "supplier_name": "supplier",
}

Styles = dict[str, dict[str, Any]]


def style_of(styles: Styles, doc: str) -> dict[str, Any] | None:
    """The generator's choices for a document (a scan shares its original's)."""
    stem = Path(doc).name.split(".", 1)[0]
    return styles.get(stem) or styles.get(stem.rsplit("_scan", 1)[0])


def excluded_wordings(styles: Styles, recs: Sequence[DocRecord], family: str) -> set[str]:
    """ "key=wording" of every label the held-out family printed."""
    out = set()
    for rec in recs:
        st = style_of(styles, rec.doc) if rec.family == family else None
        for k, v in (st or {}).get("wordings", {}).items():
            out.add(f"{k}={v}")
    return out


def shares_wording(styles: Styles, doc: str, name: str, banned: set[str]) -> bool:
    st = style_of(styles, doc)
    key = WORDING_KEY.get(name)
    if st is None or key is None:
        return False
    return f"{key}={st['wordings'].get(key)}" in banned


def excluded_tables(styles: Styles, recs: Sequence[DocRecord], family: str) -> set[str]:
    return {
        st["table"]
        for rec in recs
        if rec.family == family and (st := style_of(styles, rec.doc)) is not None
    }


# ---- header fields --------------------------------------------------------------------


def field_rows(recs: Sequence[DocRecord], real_weight: float = 3.0) -> list[tuple[fit.Row, int]]:
    """fit.Row per field value, with the index of its document record."""
    out = []
    for i, rec in enumerate(recs):
        real = rec.family.startswith(("rw-", "ext-"))
        for v in rec.fields:
            out.append(
                (
                    fit.Row(
                        rec.doc,
                        rec.set_name,
                        v["field"],
                        v["f"],
                        v["right"],
                        real_weight if real else 1.0,
                        v["ceiling"],
                        family=rec.family,
                        kind=rec.kind,
                    ),
                    i,
                )
            )
    return out


def novel(novelty: dict[str, float], threshold: float) -> bool:
    """Does a document look unlike what extraction understands: at least ``threshold`` of
    its label-shaped phrases are unknown labels (and at least two of them)?"""
    return novelty["unknown_labels"] >= 2 and novelty["unknown_share"] >= threshold


def novelty_gated(novelty: dict[str, float], mechanism: str) -> bool:
    """Does the ``novelty[:THRESHOLD]`` mechanism (0.34 by default) hold this document back?"""
    if not mechanism.startswith("novelty"):
        return False
    threshold = float(mechanism.split(":")[1]) if ":" in mechanism else 0.34
    return novel(novelty, threshold)


def gate_field(
    conf: float, feats: dict[str, float], novelty: dict[str, float], mechanism: str
) -> float:
    """The confidence after a layout-independent gate: ``confirmed`` keeps only values a
    constraint, check digits or a second route confirms at or above 0.9; ``novelty`` does
    that only on documents whose labels look unknown."""
    confirmed = cal_model.confirmed(feats) or feats.get("routes", 0.0) > 0
    if mechanism == "confirmed" and not confirmed:
        return min(conf, BELOW)
    if not cal_model.confirmed(feats) and novelty_gated(novelty, mechanism):
        return min(conf, BELOW)
    return conf


def held_out_fields(
    recs: Sequence[DocRecord],
    test_variant: str,
    mechanism: str = "none",
    worst_fold_caps: bool = False,
    styles: Styles | None = None,
) -> list[tuple[fit.Row, float, DocRecord]]:
    """Each value's confidence from a calibration fitted (on plain reads) without its
    family, read from the ``test_variant`` reads of that family. With ``styles``, the fit
    also leaves out every value printed under a label wording the family used."""
    rows = field_rows(recs)
    train_all = [(r, i) for r, i in rows if recs[i].variant == "plain"]
    out = []
    for family in sorted({rec.family for rec in recs}):
        train = [r for r, i in train_all if r.family != family]
        if styles:
            banned = excluded_wordings(styles, recs, family)
            train = [r for r in train if not shares_wording(styles, r.doc, r.field, banned)]
        cal, oof = fit.fit_calibration(train)
        if worst_fold_caps:
            cal = _worst_fold_caps(cal, train, oof)
        for r, i in rows:
            if r.family != family or recs[i].variant != test_variant:
                continue
            conf = fit.final_confidence(cal, r)
            conf = gate_field(conf, r.features, recs[i].novelty, mechanism)
            out.append((r, conf, recs[i]))
    return out


def _worst_fold_caps(cal: cal_model.Calibration, rows: list[fit.Row], oof: np.ndarray) -> Any:
    """Caps chosen on the worst family rather than pooled: a cell (field x confirmed) with a
    wrong value at auto-accept out of family in any family is capped below it."""
    plain = cal_model.Calibration(table=cal.table)
    caps = dict(cal.caps)
    for r, p in zip(rows, oof, strict=True):
        conf = min(fit._lookup(plain, float(p)), r.confidence)
        if conf >= ACCEPT and not r.right:
            caps[cal_model.cap_key(r.field, r.features)] = BELOW
    return cal_model.Calibration(cal.weights, cal.bias, cal.table, cal.meta, caps)


# ---- lines ----------------------------------------------------------------------------


def fit_lines(
    feats: list[dict[str, float]], right: list[bool], groups: list[str], weights: list[float]
) -> tuple[cal_model.Calibration, np.ndarray]:
    """The line table as ``extraction.calibration.lines`` fits it (family folds, 0.99)."""
    names = sorted({k for f in feats for k in f})
    x = np.array([[f.get(n, 0.0) for n in names] for f in feats], dtype=float)
    y = np.array(right, dtype=float)
    w = np.array(weights, dtype=float)
    keys = sorted(set(groups))
    folds = np.array([keys.index(g) for g in groups])
    oof = np.zeros(len(feats))
    for k in sorted(set(folds.tolist())):
        tr, te = folds != k, folds == k
        if not tr.any():
            continue
        coef, bias = fit.fit_logistic(x[tr], y[tr], w[tr])
        oof[te] = fit._predict(x[te], coef, bias)
    coef, bias = fit.fit_logistic(x, y, w)
    bands = fit.isotonic_bands(oof, y, w, 60.0)
    real_wrong = [p for p, r, ww in zip(oof, y, w, strict=True) if not r and ww > 1]
    table = fit.table_from_bands(bands, 0.99, max(real_wrong, default=-1.0))
    weights_ = {n: float(c) for n, c in zip(names, coef, strict=True)}
    return cal_model.Calibration(weights=weights_, bias=bias, table=table), oof


def gate_line(conf: float, feats: dict[str, float], novelty: dict[str, float], mech: str) -> float:
    if not feats.get("evidenced"):
        conf = min(conf, BELOW)
    if novelty_gated(novelty, mech):
        return min(conf, BELOW)
    return conf


def held_out_lines(
    recs: Sequence[DocRecord],
    test_variant: str,
    mechanism: str = "none",
    styles: Styles | None = None,
) -> list[tuple[bool, float, DocRecord, int]]:
    """Each line's confidence from a table fitted without its family (with ``styles``, nor
    any document printed in a table style the family used)."""
    items = [(ln, rec) for rec in recs if rec.variant == "plain" for ln in rec.lines]
    out = []
    for family in sorted({rec.family for rec in recs}):
        tr = [(ln, rec) for ln, rec in items if rec.family != family]
        if styles:
            banned = excluded_tables(styles, recs, family)
            tr = [
                (ln, rec)
                for ln, rec in tr
                if (st := style_of(styles, rec.doc)) is None or st["table"] not in banned
            ]
        if not tr:
            continue
        cal, _ = fit_lines(
            [ln["f"] for ln, _ in tr],
            [ln["right"] for ln, _ in tr],
            [rec.family for _, rec in tr],
            [3.0 if rec.family.startswith(("rw-", "ext-")) else 1.0 for _, rec in tr],
        )
        for rec in recs:
            if rec.family != family or rec.variant != test_variant:
                continue
            for j, ln in enumerate(rec.lines):
                conf = cal.confidence(ln["f"])
                out.append((ln["right"], gate_line(conf, ln["f"], rec.novelty, mechanism), rec, j))
    return out


def _lf(rec: DocRecord, index: int) -> dict[str, float]:
    return dict(rec.lines[index]["f"])


def packaged_fields(
    recs: Sequence[DocRecord], variant: str, mechanism: str
) -> list[tuple[fit.Row, float, DocRecord]]:
    """The shipped calibration's confidence (no refit), then the gate."""
    cal = cal_model.load()
    out = []
    for r, i in field_rows(recs):
        if recs[i].variant == variant:
            conf = gate_field(fit.final_confidence(cal, r), r.features, recs[i].novelty, mechanism)
            out.append((r, conf, recs[i]))
    return out


def packaged_lines(
    recs: Sequence[DocRecord], variant: str, mechanism: str
) -> list[tuple[bool, float, DocRecord, int]]:
    cal = line_cal.load()
    return [
        (ln["right"], gate_line(cal.confidence(ln["f"]), ln["f"], rec.novelty, mechanism), rec, j)
        for rec in recs
        if rec.variant == variant
        for j, ln in enumerate(rec.lines)
    ]


# ---- report ---------------------------------------------------------------------------


def summary(pairs: Sequence[tuple[bool, float]]) -> dict[str, Any]:
    sure = [r for r, c in pairs if c >= ACCEPT]
    return {
        "values": len(pairs),
        "sure": len(sure),
        "sure_right": sum(sure),
        "share_right": round(100 * sum(sure) / len(sure), 2) if sure else None,
        "coverage": round(100 * len(sure) / len(pairs), 1) if pairs else None,
    }


def worst_family(pairs: Sequence[tuple[bool, float, str]]) -> tuple[str, float | None]:
    by: dict[str, list[bool]] = defaultdict(list)
    for r, c, fam in pairs:
        if c >= ACCEPT:
            by[fam].append(r)
    worst = min(by.items(), key=lambda kv: sum(kv[1]) / len(kv[1]), default=None)
    if worst is None:
        return "-", None
    return worst[0], round(100 * sum(worst[1]) / len(worst[1]), 2)


def touchless(doc_confs: dict[str, list[float]]) -> dict[str, Any]:
    """Documents every value of which (fields and lines) is at or above 0.9."""
    docs = len(doc_confs)
    clean = sum(1 for cs in doc_confs.values() if cs and min(cs) >= ACCEPT)
    return {"documents": docs, "clean": clean, "share": round(100 * clean / docs, 1) if docs else 0}


def report(
    recs: Sequence[DocRecord],
    mechanisms: Sequence[str],
    as_json: bool,
    styles: Styles | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    variants = sorted({r.variant for r in recs})
    protocols = ["packaged", "family"] + (["family+style"] if styles else [])
    for protocol, variant in [(p, v) for p in protocols for v in variants]:
        st = styles if protocol == "family+style" else None
        ungated: dict[bool, tuple[list[Any], list[Any]]] = {}
        for mech in mechanisms:
            base, _, caps = mech.partition("+")
            worst = caps == "worstcaps"
            if protocol == "packaged" and worst:
                continue
            if worst not in ungated:
                if protocol == "packaged":
                    ungated[worst] = (
                        packaged_fields(recs, variant, "none"),
                        packaged_lines(recs, variant, "none"),
                    )
                else:
                    ungated[worst] = (
                        held_out_fields(recs, variant, "none", worst, st),
                        held_out_lines(recs, variant, "none", st),
                    )
            f0, l0 = ungated[worst]
            fs = [(r, gate_field(c, r.features, rec.novelty, base), rec) for r, c, rec in f0]
            ls = [(ok, gate_line(c, _lf(rec, i), rec.novelty, base), rec) for ok, c, rec, i in l0]
            docs: dict[str, list[float]] = defaultdict(list)
            for _r, c, rec in fs:
                docs[rec.doc].append(c)
            for _ok, c, rec in ls:
                docs[rec.doc].append(c)
            key = f"{protocol}/{variant}/{mech}"
            out[key] = {
                "fields": summary([(r.right, c) for r, c, _ in fs]),
                "fields_worst_family": worst_family([(r.right, c, rec.family) for r, c, rec in fs]),
                "lines": summary([(ok, c) for ok, c, _ in ls]),
                "lines_worst_family": worst_family([(ok, c, rec.family) for ok, c, rec in ls]),
                "clean_documents": touchless(docs),
            }
            if not as_json:
                o = out[key]
                print(
                    f"{key:44s} fields {o['fields']['sure_right']}/{o['fields']['sure']}"
                    f" = {o['fields']['share_right']} % cov {o['fields']['coverage']} %"
                    f" worst {o['fields_worst_family']} | lines {o['lines']['sure_right']}/"
                    f"{o['lines']['sure']} = {o['lines']['share_right']} % cov "
                    f"{o['lines']['coverage']} % worst {o['lines_worst_family']} | clean docs "
                    f"{o['clean_documents']['clean']}/{o['clean_documents']['documents']}",
                    flush=True,
                )
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("out", type=Path)
    c.add_argument("dirs", nargs="+", type=Path)
    c.add_argument("--cache", type=Path, default=None)
    c.add_argument("--dropout", type=float, default=0.35)
    r = sub.add_parser("report")
    r.add_argument("records", nargs="+", type=Path)
    r.add_argument("--mechanisms", default="none,none+worstcaps,confirmed,novelty:0.34")
    r.add_argument("--json", action="store_true")
    r.add_argument("--styles", nargs="*", type=Path, default=[])
    args = parser.parse_args(argv)
    if args.cmd == "collect":
        cases = [case for d in args.dirs for case in find_cases(d)]
        recs = collect(cases, args.cache, args.dropout)
        args.out.write_text(json.dumps([asdict(x) for x in recs]), encoding="utf-8")
        print(f"{len(recs)} reads of {len(cases)} documents -> {args.out}")
        return
    recs = load(args.records)
    styles: Styles = {}
    for path in args.styles:
        styles.update(json.loads(path.read_text(encoding="utf-8")))
    got = report(recs, args.mechanisms.split(","), args.json, styles or None)
    if args.json:
        print(json.dumps(got, indent=1))


if __name__ == "__main__":
    # run as the module extraction imports, so that the line recording reaches it
    from extraction.calibration.protocols import main as imported_main

    imported_main()

"""How the header fields fare when their labels are worded as orderdesk has never read them
(a sender of unknown wording): the evaluation run with every label of the named fields
taken out of the vocabulary (``extraction.labels``), so that only what is found without a
label (arithmetic, position, sentences, the other fields' constraints) is left.

``python -m extraction.calibration.unlabelled DIR [DIR ...] --fields document_date,due_date,
total_gross [--captions] [--cache D] [--json] [--mistakes N]``

prints, per named field, values right / wrong / missed and the wrong ones shown at the
auto-accept confidence (a silent error); ``--json`` prints the report of ``orderdesk eval
--json`` (``/work/evsum.py`` reads it). ``--fields ''`` runs with every label, for the
figures to compare against.

``--captions`` also forgets the parties' block captions (``extraction.parties.BLOCKS``), and
without ``--fields`` the party labels (``customer_number``, ``customer_name``,
``supplier_name``): the words "Bill to", "Ship to", "Client", "Customer no." stay on the
page, only their meaning is taken away, so what still finds the parties is layout and the
other party's identity, as on a sender that words its captions in a way no list holds.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from extraction import labels, parties
from extraction.calibration.corpus import Case as CorpusCase
from extraction.calibration.score import ACCEPT, run_case
from extraction.evaluate import evaluate_cases, find_cases
from extraction.result import ExtractionResult

# fields whose labels go with another's: a "Subtotal" is read as the net, a "Discount" only
# beside it
ALSO = {"total_net": ("subtotal",)}
# the fields whose labels go with the parties' block captions (``--captions``)
PARTY_FIELDS = ("customer_number", "customer_name", "supplier_name")


def removed(fields: set[str]) -> set[str]:
    """The label fields taken out when ``fields`` are to be read without labels."""
    out = set(fields)
    for name in fields:
        out.update(ALSO.get(name, ()))
    return out


def _names_one(label_field: str, gone: set[str]) -> bool:
    """Whether a label of ``label_field`` names one of the ``gone`` fields: the document
    number's labels are those of a kind of document ("docnum:<type>", "docnum0:<type>"),
    resolved once the type is known, so they all go with it."""
    if label_field in gone:
        return True
    return "document_number" in gone and label_field.startswith("docnum")


@contextmanager
def labels_removed(fields: set[str]) -> Iterator[None]:
    """Within the block, no label of ``fields`` is known, in any language, nor any totals
    label composed of a head word and qualifiers that would name one of them."""
    gone = removed(fields)
    saved = (list(labels.LABELS), list(labels.FOREIGN), labels.compose_total)
    compose = labels.compose_total

    def compose_total(folded: str) -> labels.LabelHit | None:
        hit = compose(folded)
        return None if hit is not None and hit.field in gone else hit

    labels.LABELS[:] = [la for la in labels.LABELS if not _names_one(la.field, gone)]
    labels.FOREIGN[:] = [la for la in labels.FOREIGN if not _names_one(la.field, gone)]
    labels.compose_total = compose_total
    try:
        yield
    finally:
        labels.LABELS[:], labels.FOREIGN[:], labels.compose_total = saved


@contextmanager
def captions_removed() -> Iterator[None]:
    """Within the block, no block caption of ``extraction.parties`` is known (the list is
    changed in place, so every module that imported it forgets it too)."""
    saved = list(parties.BLOCKS)
    parties.BLOCKS[:] = []
    try:
        yield
    finally:
        parties.BLOCKS[:] = saved


def _extractor(cache: Path | None) -> Any:
    if cache is None:
        from extraction.pipeline import extract

        return lambda path: extract(path, use_embedded_xml=None)

    def read(path: Path) -> ExtractionResult:
        return run_case(CorpusCase(path, {}, path.parent.name), cache)

    return read


def evaluate(
    dirs: list[Path], fields: set[str], cache: Path | None, captions: bool = False
) -> dict[str, Any]:
    """The evaluation report of ``dirs`` (all folders as one), the labels of ``fields`` out,
    and with ``captions`` the parties' block captions too."""
    cases = [c for d in dirs for c in find_cases(d)]
    with labels_removed(fields), captions_removed() if captions else nullcontext():
        report = evaluate_cases(cases, _extractor(cache), ACCEPT)
    ablated = sorted(removed(fields)) + (["captions"] if captions else [])
    return {"directory": ",".join(map(str, dirs)), "ablated": ablated, **report}


def summary(report: dict[str, Any], fields: list[str]) -> list[str]:
    out = []
    for kind, g in report["groups"].items():
        out.append(
            f"{kind}: docs {g['documents']} fields {g['header_fields_exact']} "
            f"silent {g['auto_accepted_wrong']}/{g['auto_accepted_values']}"
        )
        wrong_sure: dict[str, int] = {}
        for m in g["mistakes"]:
            if m.get("got") is not None and (m.get("confidence") or 0) >= ACCEPT:
                wrong_sure[m["field"]] = wrong_sure.get(m["field"], 0) + 1
        for name in fields or sorted(g["fields"]):
            s = g["fields"].get(name)
            if s is None:
                continue
            out.append(
                f"  {name:16s} recall {s['recall']}  tp {s['tp']} fp {s['fp']} fn {s['fn']}"
                f"  wrong>={ACCEPT} {wrong_sure.get(name, 0)}"
            )
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--fields", default=None, help="comma-separated fields read unlabelled")
    parser.add_argument(
        "--captions",
        action="store_true",
        help="forget the parties' block captions too (default fields: the party labels)",
    )
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--mistakes", type=int, default=0)
    args = parser.parse_args(argv)
    if args.fields is None:
        args.fields = ",".join(PARTY_FIELDS) if args.captions else ""
    fields = [f for f in args.fields.split(",") if f]
    report = evaluate(args.dirs, set(fields), args.cache, args.captions)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return
    print("\n".join(summary(report, fields)))
    if args.mistakes:
        for g in report["groups"].values():
            shown = [m for m in g["mistakes"] if not fields or m["field"] in fields]
            for m in shown[: args.mistakes]:
                print("   ", json.dumps(m, ensure_ascii=False))


if __name__ == "__main__":
    main()

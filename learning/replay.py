"""The learning bench: replay documents from several senders in arrival order, as clerks
would meet them (issue 24).

Each document is extracted with what the approved documents before it taught (and once
without, for comparison), scored against its truth, "corrected" to the truth and approved:
its truth teaches its sender's profile. Figures are given per position of the document in
its sender's stream (1st, 2nd, 3rd, 5th, 10th, and every one from the 3rd on): share of
header fields right, of line rows right, of documents that would have been touchless
(every value shown at auto-accept confidence and none missing) and the silent-error rate
(values shown at auto-accept confidence that are wrong).

    python -m learning.replay DIR [--json] [--no-embedded-xml]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extraction import trace
from extraction.errors import ExtractionError
from extraction.evaluate import (
    _accepted,
    _auto_accept,
    as_contract,
    find_cases,
    same_line,
    same_value,
)
from extraction.layout import PageLayout, build_layout
from extraction.profiles import (
    Learned,
    ProfileCalibration,
    SenderProfile,
    default_calibration,
    fingerprint,
    line_mode,
)
from extraction.result import ExtractionResult
from learning.calibrate import (
    HELD_BACK_SHARE,
    Observation,
    confirmed_lifts,
    fit,
    observe,
    refitted,
)
from learning.teach import identifiers, profile_key, score_fields, score_lines, teach

POSITIONS = (1, 2, 3, 5, 10)
# approvals between two refits of the profile calibration in the replay: a small
# installation's nightly ``orderdesk learn`` (0: never refit, the shipped calibration only)
REFIT_EVERY = 20


@dataclass
class Tally:
    docs: int = 0
    fields: int = 0
    fields_right: int = 0
    rows: int = 0
    rows_right: int = 0
    touchless: int = 0
    shown: int = 0
    shown_wrong: int = 0
    shown_fields: int = 0
    shown_fields_wrong: int = 0
    mistakes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for k in self.__dataclass_fields__:
            if k != "mistakes":
                setattr(self, k, getattr(self, k) + getattr(other, k))
        self.mistakes += other.mistakes

    def report(self) -> dict[str, Any]:
        def pct(a: int, b: int) -> float | None:
            return round(100.0 * a / b, 2) if b else None

        return {
            "documents": self.docs,
            "fields_right": pct(self.fields_right, self.fields),
            "rows_right": pct(self.rows_right, self.rows),
            "touchless": pct(self.touchless, self.docs),
            "silent_errors": pct(self.shown_wrong, self.shown),
            "silent_errors_fields": pct(self.shown_fields_wrong, self.shown_fields),
            "counts": {  # right, of
                "fields": [self.fields_right, self.fields],
                "rows": [self.rows_right, self.rows],
                "shown_confident": [self.shown_wrong, self.shown],
                "fields_shown_confident": [self.shown_fields_wrong, self.shown_fields],
            },
        }


# a value a clerk had to look at: (target, confidence or None when missing, right)
Held = tuple[str, float | None, bool]


def score(
    result: ExtractionResult,
    truth: dict[str, Any],
    accept: float,
    held: list[Held] | None = None,
    sure_wrong: list[Held] | None = None,
) -> Tally:
    """One document's figures; ``held`` gets every value that kept it from being touchless,
    ``sure_wrong`` every wrong value shown at auto-accept confidence (a silent error)."""
    t = Tally(docs=1)
    held = [] if held is None else held
    sure_wrong = [] if sure_wrong is None else sure_wrong
    partial = bool(truth.get("partial_fields"))
    want = {k: _accepted(v) for k, v in truth.get("fields", {}).items()}
    touched = False
    for name, accepted in want.items():
        t.fields += 1
        got = result.fields.get(name)
        if got is not None and any(same_value(name, got.value, w) for w in accepted):
            t.fields_right += 1
        elif got is None:
            touched = True  # a clerk types what is missing
            held.append((f"field:{name}", None, False))
            t.mistakes.append(f"{name}: missing, want {accepted[0]!r}")
    for name, fv in result.fields.items():
        if partial and name not in want:
            continue
        ok = name in want and any(same_value(name, fv.value, w) for w in want[name])
        if not ok:
            expected = want[name][0] if name in want else None
            t.mistakes.append(f"{name}: got {fv.value!r} at {fv.confidence}, want {expected!r}")
        if fv.confidence >= accept:
            t.shown += 1
            t.shown_wrong += 0 if ok else 1
            t.shown_fields += 1
            t.shown_fields_wrong += 0 if ok else 1
            if not ok:
                sure_wrong.append((f"field:{name}", fv.confidence, False))
        else:
            touched = True
            held.append((f"field:{name}", fv.confidence, ok))
    if not partial or "lines" in truth:
        rows = list(truth.get("lines", []))
        t.rows += len(rows)
        for i, line in enumerate(result.lines):
            p = line.model_dump(mode="json")
            match = next((r for r in rows if same_line(p, r, partial)), None)
            if match is not None:
                rows.remove(match)
                t.rows_right += 1
            if line.confidence >= accept:
                t.shown += 1
                t.shown_wrong += 0 if match is not None else 1
                if match is None:
                    sure_wrong.append((f"line:{i}", line.confidence, False))
            else:
                touched = True
                held.append((f"line:{i}", line.confidence, match is not None))
        touched = touched or bool(rows)  # rows the machine missed
        held += [("line:missed", None, False) for _ in rows]
    t.touchless = 0 if touched else 1
    return t


def approved_values(truth: dict[str, Any]) -> dict[str, str]:
    """What a clerk approves: the truth's values (the first accepted form)."""
    return {k: str(v["value"]) for k, v in truth.get("fields", {}).items()}


def layouts_of(result: ExtractionResult) -> list[PageLayout]:
    """The pages' words as kept with the document, laid out again."""
    return [build_layout(p.words, p.number, *p.frame) for p in result.pages]


def sender_of(name: str, truth: dict[str, Any]) -> str:
    """The stream a document belongs to: the generator's sender, else the issuer the truth
    names (VAT id, else the issuing party's name), else the file name without its number."""
    if truth.get("sender"):
        return str(truth["sender"])
    f = truth.get("fields", {})
    if "vat_id" in f:
        return str(f["vat_id"]["value"])
    party = "customer_name" if truth.get("doc_type") == "purchase_order" else "supplier_name"
    if party in f:
        return re.sub(r"\W+", " ", str(f[party]["value"]).lower()).strip()
    return re.sub(r"[_\-]?\d+$", "", name.split(".")[0])


def _natural(name: str) -> list[Any]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name)]


Extract = Callable[[Path, Learned | None], ExtractionResult]


@dataclass
class Replay:
    by_position: dict[int, Tally] = field(default_factory=lambda: defaultdict(Tally))
    base_by_position: dict[int, Tally] = field(default_factory=lambda: defaultdict(Tally))
    observations: list[Observation] = field(default_factory=list)
    senders: int = 0
    failed: list[str] = field(default_factory=list)
    # from the 3rd document of a sender on, each value that kept a document from being
    # touchless: document, position, target, confidence, right, the rule that set it last
    held: list[dict[str, Any]] = field(default_factory=list)
    # ... and each wrong value shown sure (a silent error), with the rule that set it last
    silent: list[dict[str, Any]] = field(default_factory=list)
    # the silent errors of the 2nd documents (a profile taught by one document)
    silent_second: list[dict[str, Any]] = field(default_factory=list)
    # per kind of two-source lift (``profile_items``): values lifted, of them right
    lifts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))


def replay(
    directory: Path,
    extract: Extract,
    calibration: ProfileCalibration | None = None,
    accept: float | None = None,
    refit_every: int | None = REFIT_EVERY,
) -> Replay:
    """Replay the documents of ``directory`` in arrival order: the senders' streams side by
    side (every sender's 1st document, then every 2nd, ...), as an installation meets them.
    ``refit_every``: refit the profile calibration on the documents approved so far after
    every so many approvals, as ``orderdesk learn`` at a quiet time does (a nightly refit):
    the shipped calibration with the installation's own observations added
    (``learning.calibrate.refitted``), a hashed quarter of the documents held back as
    ``orderdesk learn`` holds it back."""
    accept = _auto_accept() if accept is None else accept
    streams: dict[str, list[tuple[str, Path, dict[str, Any]]]] = defaultdict(list)
    for case in find_cases(directory):
        truth = as_contract(json.loads(case.truth.read_text(encoding="utf-8")))
        name = case.doc.name
        streams[sender_of(name, truth)].append((name, case.doc, truth))
    out = Replay(senders=len(streams))
    book: dict[str, SenderProfile] = {}  # profile key -> profile
    shipped = calibration if calibration is not None else default_calibration()
    learned = Learned(calibration=shipped)
    arrivals = []
    for sender, docs in sorted(streams.items()):
        docs.sort(key=lambda d: (int(d[2].get("position", 0)), _natural(d[0])))
        arrivals += [(position, sender, doc) for position, doc in enumerate(docs, start=1)]
    arrivals.sort(key=lambda a: (a[0], a[1]))
    own: list[Observation] = []  # what the refits fit on
    approvals = 0
    for position, _sender, (name, path, truth) in arrivals:
        learned.profiles = list(book.values())
        try:
            with trace.recording() as events:
                result = extract(path, learned)
            base = extract(path, None)
        except ExtractionError as exc:
            out.failed.append(f"{name}: {exc}")
            continue
        held: list[Held] = []
        sure_wrong: list[Held] = []
        scored = score(result, truth, accept, held, sure_wrong)
        if position >= 3:
            out.held += [_why(name, position, h, events) for h in held]
            out.silent += [_why(name, position, h, events) for h in sure_wrong]
        elif position == 2:
            out.silent_second += [_why(name, position, h, events) for h in sure_wrong]
        scored.mistakes = [f"{name} #{position} {m}" for m in scored.mistakes]
        out.by_position[position].add(scored)
        out.base_by_position[position].add(score(base, truth, accept))
        for kind, right in confirmed_lifts(result, truth.get("lines")):
            out.lifts[kind][0] += 1
            out.lifts[kind][1] += int(right)
        approved = approved_values(truth)
        seen = observe(result, approved, truth.get("lines", []))
        out.observations += seen
        if not _held_back(name):
            own += seen
        layouts = layouts_of(result)
        # the profile is found as the installation finds it: by the one extraction
        # recognised, else by the approved identifiers or letterhead
        key = profile_key(identifiers(approved, truth["doc_type"]), fingerprint(layouts))
        prior = _matched(book, result) or book.get(key)
        taught = teach(
            prior,
            layouts,
            approved,
            truth["doc_type"],
            result.language,
            "replay",
            machine_lines=base.lines,
            approved_lines=truth.get("lines", []),
            # a partial truth does not say a field is absent: no deletion to learn from
            machine_fields=None if truth.get("partial_fields") else list(result.fields),
        )
        if prior is not None and "lines" in truth:  # lines read with what it knew
            score_lines(taught, result.lines, truth["lines"], line_mode(result.profile_cells))
        machine = {n: fv.value for n, fv in result.fields.items()}
        score_fields(taught, machine, approved, bool(truth.get("partial_fields")))
        book[taught.key] = taught
        approvals += 1
        if refit_every and approvals % refit_every == 0:
            learned.calibration = refitted(shipped, fit(own))
    return out


def _held_back(name: str) -> bool:
    """The documents a refit holds back to report on (as ``learning.store`` does by id)."""
    digest = hashlib.sha256(name.encode()).digest()
    return digest[0] < 256 * HELD_BACK_SHARE


def _why(name: str, position: int, held: Held, events: list[trace.Event]) -> dict[str, Any]:
    target, confidence, right = held
    rule, chain = trace.held_by(events, target)
    return {
        "document": name,
        "position": position,
        "target": target,
        "confidence": confidence,
        "right": right,
        "rule": "missing" if confidence is None else rule,
        "chain": [f"{e.rule}={e.confidence}" for e in chain],
    }


def held_table(held: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The held-back values counted by what held them (the rule, and the field or "line"),
    the most frequent first, with how many of them were right."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for h in held:
        what = "line" if h["target"].startswith("line:") else h["target"].split(":", 1)[1]
        c = counts[(h["rule"], what)]
        c[0] += 1
        c[1] += 1 if h["right"] else 0
    return [
        {"rule": rule, "value": what, "held": n, "right": r}
        for (rule, what), (n, r) in sorted(counts.items(), key=lambda kv: -kv[1][0])
    ]


def _blocker(target: str) -> str:
    """What a held value is, for counting: the field's name, or "line"."""
    return "line" if target.startswith("line:") else target.split(":", 1)[1]


def why_not_touchless(held: list[dict[str, Any]]) -> dict[str, Any]:
    """Why each document from the 3rd on was not touchless, counted per document (issue
    24): ``wrong`` documents had a value wrong or missing (a clerk had to act: holding them
    back was right), ``unsure`` ones had every value right, some shown unsure (what a lift
    could win). For the unsure ones, per field (or "line"): in how many documents it held
    the document back, in how many it alone did (lifting it alone would win them), and the
    rules that left it unsure (the reading kind)."""
    docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for h in held:
        docs[h["document"]].append(h)
    wrong: dict[str, int] = defaultdict(int)
    unsure = 0
    blockers: dict[str, dict[str, Any]] = {}
    for values in docs.values():
        bad = [h for h in values if not h["right"]]
        if bad:
            for what in {_blocker(h["target"]) for h in bad}:
                wrong[what] += 1
            continue
        unsure += 1
        kinds = {_blocker(h["target"]) for h in values}
        for h in values:
            row = blockers.setdefault(
                _blocker(h["target"]), {"documents": set(), "alone": set(), "rules": {}}
            )
            row["documents"].add(h["document"])
            if len(kinds) == 1:
                row["alone"].add(h["document"])
            rule = re.sub(r"\|.*", "", h["rule"]).strip()
            row["rules"][rule] = row["rules"].get(rule, 0) + 1
    table: list[dict[str, Any]] = [
        {
            "value": what,
            "documents": len(row["documents"]),
            "alone": len(row["alone"]),
            "rules": dict(sorted(row["rules"].items(), key=lambda kv: -kv[1])),
        }
        for what, row in blockers.items()
    ]
    table.sort(key=lambda r: (-r["alone"], -r["documents"]))
    return {
        "documents_held": len(docs),
        "with_a_wrong_value": len(docs) - unsure,
        "wrong_by_value": dict(sorted(wrong.items(), key=lambda kv: -kv[1])),
        "all_right_but_unsure": unsure,
        "unsure_by_value": table,
    }


def _matched(book: dict[str, SenderProfile], result: ExtractionResult) -> SenderProfile | None:
    """The profile extraction recognised the document by, if any."""
    return next((p for p in book.values() if p.key == result.profile_key), None)


def summary(run: Replay) -> dict[str, Any]:
    def table(by: dict[int, Tally]) -> dict[str, Any]:
        rows: dict[str, Any] = {}
        for p in POSITIONS:
            if p in by:
                rows[str(p)] = by[p].report()
        later = Tally()
        for p, t in by.items():
            if p >= 3:
                later.add(t)
        rows["3+"] = later.report()
        allpos = Tally()
        for t in by.values():
            allpos.add(t)
        rows["all"] = allpos.report()
        return rows

    return {
        "senders": run.senders,
        "failed": run.failed,
        "learning": table(run.by_position),
        "without_learning": table(run.base_by_position),
        "profile_calibration_fitted": fit(run.observations).model_dump(),
        "mistakes_from_3rd": [m for p, t in run.by_position.items() if p >= 3 for m in t.mistakes],
        "held_from_3rd": held_table(run.held),
        "why_not_touchless_from_3rd": why_not_touchless(run.held),
        "held_values_from_3rd": run.held,
        "silent_from_3rd": held_table(run.silent),
        "silent_values_from_3rd": run.silent,
        "silent_values_2nd": run.silent_second,
        "confirmed_lifts": {k: {"lifted": n, "right": r} for k, (n, r) in run.lifts.items()},
    }


def default_extract(use_embedded_xml: bool | None, cache: Path | None = None) -> Extract:
    """Extraction as the pipeline runs it; with ``cache``, the pages are read once and kept
    there (``extraction.calibration.corpus.read_pages``: born-digital pages are the same,
    scans miss the second engine's re-reading of regions), so a change in what follows
    the page reading is measured in minutes."""
    from extraction.pipeline import extract

    def run(path: Path, learned: Learned | None) -> ExtractionResult:
        if cache is not None:
            return _cached(path, learned, use_embedded_xml, cache)
        return extract(path, use_embedded_xml=use_embedded_xml, learned=learned)

    return run


def _cached(
    path: Path, learned: Learned | None, use_embedded_xml: bool | None, cache: Path
) -> ExtractionResult:
    from extraction import assemble
    from extraction.calibration.corpus import read_pages
    from extraction.einvoice import apply_embedded_xml
    from extraction.pipeline import _settings
    from extraction.sniff import sniff

    pages, data = read_pages(path, cache)
    cfg = _settings(None)
    result = assemble.build_result(pages, layouts_of_pages(pages), None, learned)
    use_xml = sniff(data) == "pdf" and (
        cfg.use_embedded_xml if use_embedded_xml is None else use_embedded_xml
    )
    if use_xml:
        apply_embedded_xml(data, result, cfg)
    return result


def layouts_of_pages(pages: list[Any]) -> list[PageLayout]:
    return [build_layout(p.words, p.number, *p.frame) for p in pages]


def render(report: dict[str, Any]) -> str:
    lines = [f"senders: {report['senders']}, failed: {len(report['failed'])}"]
    head = f"{'position':>9} {'docs':>5} {'fields':>8} {'rows':>8} {'touchless':>9} {'silent':>7}"
    for which in ("without_learning", "learning"):
        lines.append(which.replace("_", " ") + ":")
        lines.append(head)
        for pos, r in report[which].items():
            cells = [r["fields_right"], r["rows_right"], r["touchless"], r["silent_errors"]]
            shown = ["-" if c is None else f"{c:.1f}" for c in cells]
            lines.append(
                f"{pos:>9} {r['documents']:>5} {shown[0]:>8} {shown[1]:>8} {shown[2]:>9} "
                f"{shown[3]:>7}"
            )
    return "\n".join(lines)


def render_held(report: dict[str, Any]) -> str:
    lines = ["held back from the 3rd document on (rule, value: held, of them right):"]
    for row in report["held_from_3rd"]:
        lines.append(f"  {row['held']:>4} {row['right']:>4}  {row['value']:<18} {row['rule']}")
    why = report["why_not_touchless_from_3rd"]
    lines.append(
        f"documents from the 3rd on held back: {why['documents_held']}, with a wrong or missing"
        f" value: {why['with_a_wrong_value']} {why['wrong_by_value']}, all right but shown"
        f" unsure: {why['all_right_but_unsure']}"
    )
    lines.append("  of those, per value (documents it held, it alone held; rules):")
    for row in why["unsure_by_value"]:
        rules = ", ".join(f"{r} {n}" for r, n in list(row["rules"].items())[:4])
        lines.append(f"  {row['documents']:>4} {row['alone']:>4}  {row['value']:<18} {rules}")
    for kind, c in report.get("confirmed_lifts", {}).items():
        lines.append(f"two-source lifts {kind}: {c['lifted']} lifted, {c['right']} right")
    lines.append("wrong values shown sure from the 3rd document on (rule, value: count):")
    for row in report["silent_from_3rd"]:
        lines.append(f"  {row['held']:>4}       {row['value']:<18} {row['rule']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m learning.replay", description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-embedded-xml", action="store_true")
    parser.add_argument("--calibration", type=Path, help="a profile calibration to use")
    parser.add_argument("--fit-out", type=Path, help="write the calibration fitted on the run")
    parser.add_argument("--cache", type=Path, help="keep the pages read in this folder")
    parser.add_argument(
        "--refit",
        type=int,
        metavar="K",
        default=REFIT_EVERY,
        help="refit the profile calibration after every K approved documents (0: never)",
    )
    parser.add_argument(
        "--held", action="store_true", help="list what held back documents from the 3rd on"
    )
    args = parser.parse_args(argv)
    calibration = None
    if args.calibration:
        calibration = ProfileCalibration.model_validate_json(args.calibration.read_text())
    extract = default_extract(False if args.no_embedded_xml else None, args.cache)
    run = replay(args.directory, extract, calibration, refit_every=args.refit)
    report = summary(run)
    if args.fit_out:
        args.fit_out.write_text(
            json.dumps(report["profile_calibration_fitted"], indent=1) + "\n", encoding="utf-8"
        )
    if args.json:
        print(json.dumps({k: v for k, v in report.items() if k != "profile_calibration_fitted"}))
    else:
        print(render(report))
        if args.held:
            print(render_held(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

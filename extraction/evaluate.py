"""Accuracy of extraction against ground truth (``NAME.pdf`` or ``NAME.scan.EXT`` beside
``NAME.truth.json``).

Reports, separately for born-digital documents and scans and again per source (the truth's
``layout``, else its ``source``): doc-type and language accuracy, per-field precision and
recall, header exact rate, line rows fully right, the silent-error rate - values at or above
the auto-accept confidence that are wrong, the errors a clerk would never be shown - and a
reliability table (confidence band -> share right) that shows whether a confidence keeps its
promise.

Truth files may say ``"partial_fields": true``: the source did not name every field, so a
field the truth lacks is not scored, and a line is compared on the keys its truth gives.
A truth field may list accepted alternatives in ``"alt"``. A party's name is the same with or
without its legal form ("SARL", "Ltd"), and a credit note's amounts count as positive, as the
contract gives them.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from extraction.errors import ExtractionError
from extraction.legal_forms import alternatives
from extraction.result import ExtractionResult

DOC_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".xml")
NUMERIC_FIELDS = {"total_net", "total_tax", "total_gross"}
NUMERIC_LINE_KEYS = {"quantity", "unit_price", "line_total", "tax_rate"}
LINE_KEYS = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")
# lower edges of the reliability table's confidence bands
BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99)
MAX_MISTAKES = 2000


@dataclass(frozen=True)
class Case:
    doc: Path
    truth: Path
    scan_copy: bool  # NAME.scan.EXT: a scan or photo of the document NAME.truth.json describes


def find_cases(directory: Path) -> list[Case]:
    """Every document with a truth: ``NAME.EXT`` and any ``NAME.scan.EXT`` beside it."""
    cases = []
    for truth in sorted(directory.rglob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        for suffix in DOC_SUFFIXES:
            doc = truth.with_name(stem + suffix)
            if doc.exists():
                cases.append(Case(doc, truth, False))
                break
        for suffix in DOC_SUFFIXES:
            scan = truth.with_name(f"{stem}.scan{suffix}")
            if scan.exists():
                cases.append(Case(scan, truth, True))
    return cases


def kind_of(truth: dict[str, Any], case: Case) -> str:
    if case.scan_copy:
        return "scan"
    kind = truth.get("kind")
    if kind in ("scan", "born_digital"):
        return str(kind)
    return "scan" if any("scan" in part for part in case.doc.parts) else "born_digital"


def source_of(truth: dict[str, Any]) -> str:
    return str(truth.get("layout") or truth.get("source") or "-")


def _text_form(text: str) -> str:
    """Free text as compared: accents, case, punctuation at the ends and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace("’", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", plain).strip(" ,.;:")


# a company's legal form, which a name may carry or not (the XML says "Au bon moulin", the
# letterhead "Au bon moulin SARL"): the same party either way
_LEGAL_FORM = re.compile(
    rf"[ ,]+({alternatives('scop', 'ag', 'bv', 'nv', 'llc', 'corp', 'corporation')})\.?$"
)
NAME_FIELDS = {"supplier_name", "customer_name"}


def same_value(name: str, predicted: str | None, expected: str | None) -> bool:
    if predicted is None or expected is None:
        return predicted is expected
    if name in NUMERIC_FIELDS or name in NUMERIC_LINE_KEYS:
        try:
            return Decimal(predicted) == Decimal(expected)
        except InvalidOperation:
            return False
    got, want = _text_form(predicted), _text_form(expected)
    if name in NAME_FIELDS:
        got, want = _LEGAL_FORM.sub("", got), _LEGAL_FORM.sub("", want)
    return got == want


def as_contract(truth: dict[str, Any]) -> dict[str, Any]:
    """The truth in the contract's terms: a credit note's amounts are positive (some sources
    write them negative, as their XML does)."""
    if truth.get("doc_type") != "credit_note":
        return truth

    def positive(value: Any) -> Any:
        return value[1:] if isinstance(value, str) and value.startswith("-") else value

    out = dict(truth)
    out["fields"] = {
        k: ({**v, "value": positive(v["value"])} if k in NUMERIC_FIELDS else v)
        for k, v in truth.get("fields", {}).items()
    }
    if "lines" in truth:
        out["lines"] = [
            {k: positive(v) if k in ("quantity", "line_total") else v for k, v in line.items()}
            for line in truth["lines"]
        ]
    return out


def same_line(predicted: dict[str, Any], expected: dict[str, Any], partial: bool = False) -> bool:
    """Every key of the truth line (all seven unless the truth is partial) agrees."""
    keys = [k for k in LINE_KEYS if k in expected] if partial else list(LINE_KEYS)
    return all(same_value(k, predicted.get(k), expected.get(k)) for k in keys)


def _accepted(spec: dict[str, Any]) -> list[str]:
    return [str(spec["value"]), *(str(a) for a in spec.get("alt", []))]


def _auto_accept() -> float:
    try:
        from models.settings import get_settings

        return float(get_settings().approvals.auto_accept_confidence)
    except Exception:  # settings unreadable: fall back to the documented default
        return 0.90


@dataclass
class _Reliability:
    """Confidence band -> values given, values right."""

    given: list[int] = field(default_factory=lambda: [0] * len(BANDS))
    right: list[int] = field(default_factory=lambda: [0] * len(BANDS))

    def add(self, confidence: float, ok: bool) -> None:
        band = max(i for i, low in enumerate(BANDS) if confidence >= low)
        self.given[band] += 1
        self.right[band] += 1 if ok else 0

    def report(self) -> list[dict[str, Any]]:
        out = []
        for i, low in enumerate(BANDS):
            high = BANDS[i + 1] if i + 1 < len(BANDS) else 1.0
            n, r = self.given[i], self.right[i]
            out.append(
                {
                    "band": f"{low:.2f}-{high:.2f}",
                    "values": n,
                    "right": r,
                    "share_right": _pct(r, n),
                }
            )
        return out


def _pct(a: int, b: int) -> float | None:
    return round(100.0 * a / b, 2) if b else None


def _silent(g: dict[str, Any]) -> str:
    return f"{g['silent_error_rate']} ({g['auto_accepted_wrong']}/{g['auto_accepted_values']})"


@dataclass
class _Group:
    accept: float
    docs: int = 0
    failed: list[str] = field(default_factory=list)
    type_right: int = 0
    language_scored: int = 0
    language_right: int = 0
    fields: dict[str, dict[str, int]] = field(default_factory=dict)
    truth_values: int = 0
    right_values: int = 0
    rows_truth: int = 0
    rows_right: int = 0
    rows_predicted: int = 0
    hi: int = 0
    hi_wrong: int = 0
    seconds: float = 0.0
    field_reliability: _Reliability = field(default_factory=_Reliability)
    line_reliability: _Reliability = field(default_factory=_Reliability)
    mistakes: list[dict[str, Any]] = field(default_factory=list)

    def _mistake(self, entry: dict[str, Any]) -> None:
        if len(self.mistakes) < MAX_MISTAKES:
            self.mistakes.append(entry)

    def _confident(self, confidence: float, ok: bool) -> None:
        if confidence >= self.accept:
            self.hi += 1
            self.hi_wrong += 0 if ok else 1

    def _judged(self, name: str, what: str, got: object, want: object) -> bool:
        """Whether the document's ``what`` (its kind, its language) was read right; if not,
        the mistake is kept."""
        if got == want:
            return True
        self._mistake({"doc": name, "field": what, "got": got, "want": want})
        return False

    def add(self, name: str, result: ExtractionResult, truth: dict[str, Any]) -> None:
        self.docs += 1
        partial = bool(truth.get("partial_fields"))
        self.type_right += self._judged(name, "doc_type", result.doc_type, truth["doc_type"])
        if "language" in truth:
            self.language_scored += 1
            self.language_right += self._judged(
                name, "language", result.language, truth["language"]
            )
        self._add_fields(name, result, truth, partial)
        if not partial or "lines" in truth:
            self._add_lines(name, result, truth, partial)

    def _add_fields(
        self, name: str, result: ExtractionResult, truth: dict[str, Any], partial: bool
    ) -> None:
        want = {k: _accepted(v) for k, v in truth.get("fields", {}).items()}
        got = result.fields
        scored = set(want) if partial else set(want) | set(got)
        for fname in sorted(scored):
            stats = self.fields.setdefault(fname, {"tp": 0, "fp": 0, "fn": 0})
            g = got[fname].value if fname in got else None
            accepted = want.get(fname)
            ok = (
                g is not None
                and accepted is not None
                and any(same_value(fname, g, w) for w in accepted)
            )
            if accepted is not None:
                self.truth_values += 1
            if ok:
                stats["tp"] += 1
                self.right_values += 1
            else:
                stats["fp"] += 1 if g is not None else 0
                stats["fn"] += 1 if accepted is not None else 0
                self._mistake(
                    {
                        "doc": name,
                        "field": fname,
                        "got": g,
                        "want": accepted[0] if accepted else None,
                        "confidence": got[fname].confidence if g is not None else None,
                    }
                )
            if g is not None:
                self.field_reliability.add(got[fname].confidence, ok)
                self._confident(got[fname].confidence, ok)

    def _add_lines(
        self, name: str, result: ExtractionResult, truth: dict[str, Any], partial: bool
    ) -> None:
        truth_rows = list(truth.get("lines", []))
        predicted = [li.model_dump(mode="json") for li in result.lines]
        self.rows_truth += len(truth_rows)
        self.rows_predicted += len(predicted)
        unmatched = list(truth_rows)
        for p in predicted:
            match = next((t for t in unmatched if same_line(p, t, partial)), None)
            if match is not None:
                unmatched.remove(match)
                self.rows_right += 1
            else:
                self._mistake({"doc": name, "field": "line", "got": p})
            self.line_reliability.add(p["confidence"], match is not None)
            self._confident(p["confidence"], match is not None)
        for t in unmatched:
            self._mistake({"doc": name, "field": "line", "want": t})

    def report(self) -> dict[str, Any]:
        fields = {
            f: {
                "precision": _pct(s["tp"], s["tp"] + s["fp"]),
                "recall": _pct(s["tp"], s["tp"] + s["fn"]),
                **s,
            }
            for f, s in sorted(self.fields.items())
        }
        return {
            "documents": self.docs,
            "failed": self.failed,
            "doc_type_accuracy": _pct(self.type_right, self.docs),
            "language_accuracy": _pct(self.language_right, self.language_scored),
            "header_fields_exact": _pct(self.right_values, self.truth_values),
            "fields": fields,
            "line_rows_fully_right": _pct(self.rows_right, self.rows_truth),
            "line_rows": {
                "truth": self.rows_truth,
                "right": self.rows_right,
                "predicted": self.rows_predicted,
            },
            "silent_error_rate": _pct(self.hi_wrong, self.hi),
            "auto_accepted_values": self.hi,
            "auto_accepted_wrong": self.hi_wrong,
            "reliability": {
                "fields": self.field_reliability.report(),
                "lines": self.line_reliability.report(),
            },
            "ms_per_document": round(1000 * self.seconds / self.docs, 1) if self.docs else None,
            "mistakes": self.mistakes,
        }


Extractor = Callable[[Path], ExtractionResult]


def _extractor(use_embedded_xml: bool | None) -> Extractor:
    from extraction.pipeline import extract

    return lambda path: extract(path, use_embedded_xml=use_embedded_xml)


def evaluate_cases(
    cases: Iterable[Case],
    extractor: Extractor,
    accept: float,
    on_done: Callable[[], None] | None = None,
) -> dict[str, Any]:
    kinds: dict[str, _Group] = {}
    sources: dict[str, _Group] = {}
    for case in cases:
        truth = as_contract(json.loads(case.truth.read_text(encoding="utf-8")))
        kind = kind_of(truth, case)
        groups = (
            kinds.setdefault(kind, _Group(accept)),
            sources.setdefault(f"{source_of(truth)} / {kind}", _Group(accept)),
        )
        started = time.perf_counter()
        try:
            result = extractor(case.doc)
        except ExtractionError as exc:
            for group in groups:
                group.docs += 1
                group.failed.append(f"{case.doc.name}: {exc.code}: {exc}")
            continue
        except Exception as exc:  # a defect of extraction: counted, shown, and the run goes on
            for group in groups:
                group.docs += 1
                group.failed.append(f"{case.doc.name}: crashed: {type(exc).__name__}: {exc}")
            continue
        finally:
            spent = time.perf_counter() - started
            for group in groups:
                group.seconds += spent
            if on_done is not None:
                on_done()
        for group in groups:
            group.add(case.doc.name, result, truth)
    return {
        "auto_accept_confidence": accept,
        "groups": {kind: g.report() for kind, g in sorted(kinds.items())},
        "sources": {name: g.report() for name, g in sorted(sources.items())},
    }


def evaluate_folder(
    directory: Path, progress: bool = False, use_embedded_xml: bool | None = None
) -> dict[str, Any]:
    cases = find_cases(directory)
    accept = _auto_accept()
    extractor = _extractor(use_embedded_xml)
    if not (progress and len(cases) > 3):
        report = evaluate_cases(cases, extractor, accept)
    else:
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("extracting", total=len(cases))
            report = evaluate_cases(cases, extractor, accept, lambda: bar.advance(task))
    return {"directory": str(directory), **report}


_RELIABILITY_COLUMNS = (
    "confidence",
    "fields given",
    "fields right %",
    "lines given",
    "lines right %",
)
_SOURCE_COLUMNS = ("source / kind", "docs", "doc type %", "fields %", "rows %", "silent %")


def _table(
    columns: Iterable[str], rows: Iterable[Iterable[object]], title: str | None = None
) -> Any:
    """A rich table of ``columns`` holding ``rows``, each cell printed as text."""
    from rich.table import Table

    table = Table(*columns, title=title)
    for row in rows:
        table.add_row(*(str(cell) for cell in row))
    return table


def render_report(report: dict[str, Any], console: Any, mistakes: int = 0) -> None:
    accept = report["auto_accept_confidence"]
    for kind, g in report["groups"].items():
        console.print(
            f"\n[bold]{kind}[/]: {g['documents']} documents, {g['ms_per_document']} ms each"
        )
        rows = g["line_rows"]
        summary = [
            ("doc type accuracy %", g["doc_type_accuracy"]),
            ("language accuracy %", g["language_accuracy"]),
            ("header fields exact %", g["header_fields_exact"]),
            (
                "line rows fully right %",
                f"{g['line_rows_fully_right']} ({rows['right']}/{rows['truth']}, "
                f"{rows['predicted']} given)",
            ),
            (f"silent errors % (conf >= {accept})", _silent(g)),
            ("failed documents", len(g["failed"])),
        ]
        console.print(_table(("measure", "value"), summary))
        per_field = [
            (name, s["precision"], s["recall"], s["tp"], s["fp"], s["fn"])
            for name, s in g["fields"].items()
        ]
        console.print(_table(("field", "precision %", "recall %", "tp", "fp", "fn"), per_field))
        bands = zip(g["reliability"]["fields"], g["reliability"]["lines"], strict=True)
        reliability = [
            (f["band"], f["values"], f["share_right"], lines["values"], lines["share_right"])
            for f, lines in bands
        ]
        console.print(_table(_RELIABILITY_COLUMNS, reliability, title="reliability"))
        for failure in g["failed"]:
            console.print(f"[red]failed:[/] {failure}")
        for m in g["mistakes"][:mistakes]:
            console.print(f"[dim]mistake:[/] {json.dumps(m, ensure_ascii=False)}")
    if len(report.get("sources", {})) > 1:
        per_source = [
            (
                name,
                s["documents"],
                s["doc_type_accuracy"],
                s["header_fields_exact"],
                s["line_rows_fully_right"],
                _silent(s),
            )
            for name, s in report["sources"].items()
        ]
        console.print(_table(_SOURCE_COLUMNS, per_source, title="per source"))

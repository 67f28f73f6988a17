"""Accuracy of extraction against ground truth (``NAME.pdf`` beside ``NAME.truth.json``).

Reports, separately for born-digital documents and scans: doc-type accuracy, per-field
precision and recall, header exact rate, line rows fully right, and the silent-error
rate - values at or above the auto-accept confidence that are wrong, the errors a clerk
would never be shown.
"""

from __future__ import annotations

import json
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from extraction.errors import ExtractionError
from extraction.parse.text import norm_compare
from extraction.result import ExtractionResult

DOC_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
NUMERIC_FIELDS = {"total_net", "total_tax", "total_gross"}
NUMERIC_LINE_KEYS = {"quantity", "unit_price", "line_total", "tax_rate"}


def find_cases(directory: Path) -> list[tuple[Path, Path]]:
    cases = []
    for truth in sorted(directory.rglob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        for suffix in DOC_SUFFIXES:
            doc = truth.with_name(stem + suffix)
            if doc.exists():
                cases.append((doc, truth))
                break
    return cases


def kind_of(truth: dict[str, Any], doc: Path) -> str:
    kind = truth.get("kind")
    if kind in ("scan", "born_digital"):
        return str(kind)
    return "scan" if any("scan" in part for part in doc.parts) else "born_digital"


def same_value(name: str, predicted: str | None, expected: str | None) -> bool:
    if predicted is None or expected is None:
        return predicted is expected
    if name in NUMERIC_FIELDS or name in NUMERIC_LINE_KEYS:
        try:
            return Decimal(predicted) == Decimal(expected)
        except InvalidOperation:
            return False
    return norm_compare(predicted) == norm_compare(expected)


def same_line(predicted: dict[str, Any], expected: dict[str, Any]) -> bool:
    keys = {"sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate"}
    return all(same_value(k, predicted.get(k), expected.get(k)) for k in keys)


def _auto_accept() -> float:
    try:
        from models.settings import get_settings

        return float(get_settings().approvals.auto_accept_confidence)
    except Exception:  # settings unreadable: fall back to the documented default
        return 0.90


class _Group:
    def __init__(self) -> None:
        self.docs = 0
        self.failed: list[str] = []
        self.type_right = 0
        self.fields: dict[str, dict[str, int]] = {}
        self.truth_values = 0
        self.right_values = 0
        self.rows_truth = 0
        self.rows_right = 0
        self.rows_predicted = 0
        self.hi = 0
        self.hi_wrong = 0
        self.seconds = 0.0
        self.mistakes: list[dict[str, Any]] = []

    def add(
        self, name: str, result: ExtractionResult, truth: dict[str, Any], accept: float
    ) -> None:
        self.docs += 1
        if result.doc_type == truth["doc_type"]:
            self.type_right += 1
        else:
            self.mistakes.append(
                {
                    "doc": name,
                    "field": "doc_type",
                    "got": result.doc_type,
                    "want": truth["doc_type"],
                }
            )
        want = {k: v["value"] for k, v in truth.get("fields", {}).items()}
        got = result.fields
        for field in sorted(set(want) | set(got)):
            stats = self.fields.setdefault(field, {"tp": 0, "fp": 0, "fn": 0})
            g = got[field].value if field in got else None
            w = want.get(field)
            ok = g is not None and w is not None and same_value(field, g, w)
            if w is not None:
                self.truth_values += 1
            if ok:
                stats["tp"] += 1
                self.right_values += 1
            else:
                if g is not None:
                    stats["fp"] += 1
                if w is not None:
                    stats["fn"] += 1
                self.mistakes.append(
                    {
                        "doc": name,
                        "field": field,
                        "got": g,
                        "want": w,
                        "confidence": got[field].confidence if g else None,
                    }
                )
            if g is not None and got[field].confidence >= accept:
                self.hi += 1
                self.hi_wrong += 0 if ok else 1
        truth_rows = list(truth.get("lines", []))
        predicted = [li.model_dump(mode="json") for li in result.lines]
        self.rows_truth += len(truth_rows)
        self.rows_predicted += len(predicted)
        unmatched = list(truth_rows)
        for p in predicted:
            match = next((t for t in unmatched if same_line(p, t)), None)
            if match is not None:
                unmatched.remove(match)
                self.rows_right += 1
            elif len(self.mistakes) < 2000:
                self.mistakes.append({"doc": name, "field": "line", "got": p})
            if p["confidence"] >= accept:
                self.hi += 1
                self.hi_wrong += 0 if match is not None else 1
        for t in unmatched:
            self.mistakes.append({"doc": name, "field": "line", "want": t})

    def report(self) -> dict[str, Any]:
        def pct(a: int, b: int) -> float | None:
            return round(100.0 * a / b, 2) if b else None

        fields = {
            f: {
                "precision": pct(s["tp"], s["tp"] + s["fp"]),
                "recall": pct(s["tp"], s["tp"] + s["fn"]),
                **s,
            }
            for f, s in sorted(self.fields.items())
        }
        return {
            "documents": self.docs,
            "failed": self.failed,
            "doc_type_accuracy": pct(self.type_right, self.docs),
            "header_fields_exact": pct(self.right_values, self.truth_values),
            "fields": fields,
            "line_rows_fully_right": pct(self.rows_right, self.rows_truth),
            "line_rows": {
                "truth": self.rows_truth,
                "right": self.rows_right,
                "predicted": self.rows_predicted,
            },
            "silent_error_rate": pct(self.hi_wrong, self.hi),
            "auto_accepted_values": self.hi,
            "auto_accepted_wrong": self.hi_wrong,
            "ms_per_document": round(1000 * self.seconds / self.docs, 1) if self.docs else None,
            "mistakes": self.mistakes,
        }


def evaluate_folder(directory: Path, progress: bool = False) -> dict[str, Any]:
    from extraction.pipeline import extract

    accept = _auto_accept()
    cases = find_cases(directory)
    groups: dict[str, _Group] = {}
    bar = None
    if progress and len(cases) > 3:
        from rich.progress import Progress

        bar = Progress(transient=True)
        bar.start()
        task = bar.add_task("extracting", total=len(cases))
    try:
        for doc, truth_path in cases:
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            group = groups.setdefault(kind_of(truth, doc), _Group())
            started = time.perf_counter()
            try:
                result = extract(doc)
            except ExtractionError as exc:
                group.docs += 1
                group.failed.append(f"{doc.name}: {exc.code}: {exc}")
                continue
            finally:
                group.seconds += time.perf_counter() - started
                if bar is not None:
                    bar.advance(task)
            group.add(doc.name, result, truth, accept)
    finally:
        if bar is not None:
            bar.stop()
    return {
        "directory": str(directory),
        "auto_accept_confidence": accept,
        "groups": {kind: g.report() for kind, g in sorted(groups.items())},
    }


def render_report(report: dict[str, Any], console: Any) -> None:
    from rich.table import Table

    for kind, g in report["groups"].items():
        console.print(
            f"\n[bold]{kind}[/]: {g['documents']} documents, {g['ms_per_document']} ms each"
        )
        summary = Table("measure", "value")
        summary.add_row("doc type accuracy %", str(g["doc_type_accuracy"]))
        summary.add_row("header fields exact %", str(g["header_fields_exact"]))
        summary.add_row("line rows fully right %", str(g["line_rows_fully_right"]))
        summary.add_row(
            f"silent errors % (conf >= {report['auto_accept_confidence']})",
            f"{g['silent_error_rate']} ({g['auto_accepted_wrong']}/{g['auto_accepted_values']})",
        )
        summary.add_row("failed documents", str(len(g["failed"])))
        console.print(summary)
        per_field = Table("field", "precision %", "recall %", "tp", "fp", "fn")
        for name, s in g["fields"].items():
            per_field.add_row(
                name,
                str(s["precision"]),
                str(s["recall"]),
                str(s["tp"]),
                str(s["fp"]),
                str(s["fn"]),
            )
        console.print(per_field)
        for failure in g["failed"]:
            console.print(f"[red]failed:[/] {failure}")

"""Development scoring of header fields: per set and kind (born-digital, scan), doc type,
fields exact, silent errors (wrong at confidence >= 0.9) and the reliability table.

``orderdesk eval`` is the reference measure; this is the quick loop used while tuning, with
page reading cached (``--cache``) so that a change in field logic is measured in seconds.
``python -m extraction.calibration.score DIR [DIR ...] [--cache D] [--mistakes F]``
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from extraction.calibration.corpus import Case, find_cases, read_pages
from extraction.errors import ExtractionError
from extraction.evaluate import same_value
from extraction.result import ExtractionResult

BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.01)
ACCEPT = 0.9


def run_case(case: Case, cache: Path | None) -> ExtractionResult:
    from extraction import assemble
    from extraction.layout import build_layout

    if cache is None:
        from extraction.pipeline import extract

        return extract(case.doc, use_embedded_xml=case.use_xml)
    pages, data = read_pages(case.doc, cache)
    layouts = [build_layout(p.words, p.number, *p.frame) for p in pages]
    result = assemble.build_result(pages, layouts, None)
    if case.use_xml and case.doc.suffix == ".pdf":
        from extraction.einvoice import apply_embedded_xml
        from extraction.pipeline import _settings

        apply_embedded_xml(data, result, _settings(None))
    return result


def expected(case: Case) -> dict[str, list[str]]:
    out = {}
    for name, spec in case.truth.get("fields", {}).items():
        out[name] = [spec["value"], *spec.get("alt", [])]
    return out


def field_outcomes(case: Case, result: ExtractionResult) -> list[dict[str, Any]]:
    """One row per field given or expected: right, wrong, missed or extra."""
    want = expected(case)
    rows = []
    for name in sorted(set(want) | set(result.fields)):
        got = result.fields.get(name)
        if name not in want and case.partial:
            continue
        right = got is not None and any(same_value(name, got.value, w) for w in want.get(name, []))
        rows.append(
            {
                "field": name,
                "got": got.value if got else None,
                "want": want[name][0] if name in want else None,
                "confidence": got.confidence if got else None,
                "right": right,
            }
        )
    return rows


class Tally:
    def __init__(self) -> None:
        self.docs = 0
        self.type_right = 0
        self.truth_values = 0
        self.right_values = 0
        self.given = 0
        self.hi = 0
        self.hi_wrong = 0
        self.bands: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        self.seconds = 0.0

    def add(self, case: Case, result: ExtractionResult, rows: list[dict[str, Any]]) -> None:
        self.docs += 1
        self.type_right += result.doc_type == case.truth["doc_type"]
        for r in rows:
            if r["want"] is not None:
                self.truth_values += 1
                self.right_values += r["right"]
            if r["got"] is None:
                continue
            self.given += 1
            conf = r["confidence"]
            band = max(i for i, lo in enumerate(BANDS) if conf >= lo)
            self.bands[band][0] += 1
            self.bands[band][1] += r["right"]
            if conf >= ACCEPT:
                self.hi += 1
                self.hi_wrong += not r["right"]

    def line(self, name: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:5.1f}" if b else "  -  "

        return (
            f"{name:28s} docs {self.docs:4d}  type {pct(self.type_right, self.docs)}  "
            f"fields {pct(self.right_values, self.truth_values)} ({self.right_values}/"
            f"{self.truth_values})  silent {pct(self.hi_wrong, self.hi)} ({self.hi_wrong}/"
            f"{self.hi})  {1000 * self.seconds / max(1, self.docs):.0f} ms/doc"
        )

    def reliability(self) -> str:
        parts = []
        for i in sorted(self.bands):
            n, ok = self.bands[i]
            parts.append(f"[{BANDS[i]:.2f},{min(1.0, BANDS[i + 1]):.2f}) {ok}/{n}")
        return "   reliability: " + "  ".join(parts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--mistakes", type=Path, default=None)
    parser.add_argument("--reliability", action="store_true")
    args = parser.parse_args(argv)
    tallies: dict[str, Tally] = defaultdict(Tally)
    mistakes: list[dict[str, Any]] = []
    for directory in args.dirs:
        for case in find_cases(directory):
            key = f"{case.set_name}/{case.kind}"
            started = time.perf_counter()
            try:
                result = run_case(case, args.cache)
            except ExtractionError as exc:
                print(f"failed {case.doc}: {exc}", file=sys.stderr)
                continue
            elapsed = time.perf_counter() - started
            rows = field_outcomes(case, result)
            for t in (tallies[key], tallies["ALL/" + case.kind]):
                t.add(case, result, rows)
                t.seconds += elapsed
            if result.doc_type != case.truth["doc_type"]:
                mistakes.append(
                    {
                        "doc": case.doc.name,
                        "field": "doc_type",
                        "got": result.doc_type,
                        "want": case.truth["doc_type"],
                    }
                )
            mistakes += [{"doc": case.doc.name, **r} for r in rows if not r["right"]]
    for key in sorted(tallies):
        print(tallies[key].line(key))
        if args.reliability:
            print(tallies[key].reliability())
    if args.mistakes:
        args.mistakes.write_text(json.dumps(mistakes, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Why each document from the 3rd of its sender on was not touchless (issue 24).

The replay's ``held_values_from_3rd`` lists every value that kept a document from being
touchless; counted by value, a document of twelve held lines weighs twelve times one held
date, while the touchless rate counts documents. This groups them per document and names
the one *kind* of hold that would make each document touchless if it were lifted alone
(``fields``, ``lines``, ``missing``, ``wrong``, or ``mixed``), so the work goes where the
documents are::

    python -m learning.replay DIR --json > run.json
    python -m learning.held_docs run.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any


def kind(value: dict[str, Any]) -> str:
    """The kind of one held value: a value missing (a clerk types it), a wrong value shown
    for review (a clerk changes it), a right field or a right line held below auto-accept
    (a clerk only looks)."""
    if value["confidence"] is None:
        return "missing"
    if not value["right"]:
        return "wrong"
    return "lines" if value["target"].startswith("line:") else "fields"


def per_document(held: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The held values of each document, in the replay's order."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for value in held:
        out[value["document"]].append(value)
    return dict(out)


def verdict(values: list[dict[str, Any]]) -> str:
    """The one kind of hold that kept the document back, or ``mixed``."""
    kinds = {kind(v) for v in values}
    return kinds.pop() if len(kinds) == 1 else "mixed"


def _label(value: dict[str, Any]) -> str:
    what = "line" if value["target"].startswith("line:") else value["target"].split(":", 1)[1]
    shown = "-" if value["confidence"] is None else f"{value['confidence']:.2f}"
    return f"{what}@{shown}{'' if value['right'] else '!'} [{value['rule']}]"


def breakdown(report: dict[str, Any]) -> dict[str, Any]:
    """Per document held back from the 3rd on: its verdict and held values (repeated
    labels counted once, with their number); and how many documents each verdict holds."""
    docs = per_document(report.get("held_values_from_3rd", []))
    rows = []
    for name, values in sorted(docs.items()):
        labels = Counter(_label(v) for v in values)
        rows.append(
            {
                "document": name,
                "position": values[0]["position"],
                "verdict": verdict(values),
                "held": [f"{n}x {label}" if n > 1 else label for label, n in labels.items()],
            }
        )
    later = report.get("learning", {}).get("3+", {})
    return {
        "documents_from_3rd": later.get("documents"),
        "touchless_from_3rd": later.get("touchless"),
        "held_documents": len(rows),
        "by_verdict": dict(Counter(r["verdict"] for r in rows).most_common()),
        "documents": rows,
    }


def render(result: dict[str, Any]) -> str:
    lines = [
        f"documents from the 3rd: {result['documents_from_3rd']}, touchless "
        f"{result['touchless_from_3rd']} %, held back: {result['held_documents']}",
        "held back only by: " + ", ".join(f"{k} {n}" for k, n in result["by_verdict"].items()),
    ]
    for row in result["documents"]:
        lines.append(f"  {row['document']} #{row['position']} {row['verdict']}")
        lines += [f"      {h}" for h in row["held"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m learning.held_docs", description=__doc__)
    parser.add_argument("report", type=Path, help="the JSON of `learning.replay DIR --json`")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = breakdown(json.loads(args.report.read_text(encoding="utf-8")))
    print(json.dumps(result) if args.json else render(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Proof that a truth file says what its PDF shows: every printed value is found again in
the text pdfplumber reads from the finished PDF.

It catches what a template cannot see: a value clipped by a box, hidden behind another
block, pushed off the page, or printed in a form that does not match the record.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

import pdfplumber

_SPACE = re.compile(r"\s+")
# pdfminer warns about harmless font descriptor details of Chromium's subset fonts
logging.getLogger("pdfminer").setLevel(logging.ERROR)


class PrintedMismatch(RuntimeError):
    """The PDF does not show a value its truth claims: a generator bug."""


def _compact(text: str) -> str:
    return _SPACE.sub("", text).casefold()


def page_text(pdf: bytes) -> tuple[str, int]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        texts = [p.extract_text() or "" for p in doc.pages]
        return "\n".join(texts), len(doc.pages)


def _word_shown(word: str, words: set[str], flat: str) -> bool:
    """A word of a wrapped description: whole, or split after a hyphen at a line end."""
    w = _compact(word)
    if w in words or w in flat:
        return True
    parts = re.split(r"(?<=[-/])", w)
    return len(parts) > 1 and all(p in flat for p in parts)


def missing_values(truth: dict[str, Any], text: str) -> list[str]:
    """Printed strings of ``truth`` that ``text`` does not contain (empty when all are)."""
    flat = _compact(text)
    words = set(_compact(w) for w in text.split())
    problems: list[str] = []
    printed = truth.get("printed_as", {})
    for name, shown_list in printed.get("fields", {}).items():
        for shown in shown_list:
            parts = shown.split(", ") if name.endswith("_address") else [shown]
            for part in parts:
                if _compact(part) not in flat:
                    problems.append(f"field {name}: {part!r} not on the page")
    for name, parts in printed.get("sums", {}).items():
        for part in parts:
            if _compact(part) not in flat:
                problems.append(f"field {name}: part {part!r} of its sum not on the page")
    for i, row in enumerate(printed.get("lines", []), 1):
        for key, shown in row.items():
            if key == "description":
                lost = [w for w in shown.split() if not _word_shown(w, words, flat)]
                if lost:
                    problems.append(f"line {i} description: {lost} not on the page")
            elif key == "sku" and _word_shown(shown, words, flat):
                continue  # a code wrapped in a narrow column after a dash or slash
            elif _compact(shown) not in flat:
                problems.append(f"line {i} {key}: {shown!r} not on the page")
    for ref in truth.get("references", []):
        if _compact(ref["number"]) not in flat:
            problems.append(f"reference {ref['number']!r} not on the page")
    return problems

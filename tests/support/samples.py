"""The generated samples and their ground truth."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def born_digital() -> list[tuple[Path, dict[str, Any]]]:
    pairs = []
    for pdf in sorted((SAMPLES / "born_digital").glob("*.pdf")):
        truth = pdf.with_name(pdf.stem + ".truth.json")
        pairs.append((pdf, json.loads(truth.read_text(encoding="utf-8"))))
    if not pairs:
        raise AssertionError(
            f"no samples in {SAMPLES / 'born_digital'}: run python -m samples.generate"
        )
    return pairs


def sample_of(doc_type: str, language: str | None = None) -> tuple[Path, dict[str, Any]]:
    for pdf, truth in born_digital():
        if truth["doc_type"] == doc_type and language in (None, truth.get("language")):
            return pdf, truth
    raise AssertionError(f"no born-digital sample of {doc_type} ({language})")


def truth_value(truth: dict[str, Any], field: str) -> str:
    value = truth["fields"][field]
    return str(value["value"] if isinstance(value, dict) else value)

"""The document type's confidence, fitted offline on labelled documents.

The classifier (``extraction.classify``) gives its winner's score, margin and the strongest
evidence in each zone (title, subject, sentence, listing, structure, reference). A logistic
model over those features is fitted with folds grouped by layout family, so every row is
scored by weights that never saw its family; the out-of-fold scores are pooled into monotone
bands whose confidence is the lower bound (one-sided 95 %, Clopper-Pearson) of their share
right. A band reaches the auto-accept threshold only when that bound is at least
``--promise``; bands short of evidence stay below it.

``python -m extraction.calibration.doctype --fit DIR [DIR ...] [--check DIR ...] --cache D``

writes ``doctype.json`` beside this module. Without it, a type is never shown as sure.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from extraction.calibration.model import Calibration, from_json

ARTEFACT = Path(__file__).with_name("doctype.json")
UNFITTED_CONFIDENCE = 0.5


@lru_cache(maxsize=2)
def _load(path: Path) -> Calibration | None:
    if not path.exists():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))


def confidence(features: dict[str, float]) -> float:
    """The share of documents with such evidence whose type was right, out of family."""
    cal = _load(ARTEFACT)
    if cal is None or not cal.table:
        return UNFITTED_CONFIDENCE
    return cal.confidence(features)

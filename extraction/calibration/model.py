"""The fitted calibration, read at extraction time: logistic weights over a choice's
features, then a monotone table from the logistic score to the share of values found right
on documents the weights were not fitted on. Stored as ``calibration.json`` beside this
module, versioned; without it every confidence stays below the auto-accept threshold.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

ARTEFACT = Path(__file__).with_name("calibration.json")
FORMAT_VERSION = 1
# without a fitted table: a value may be right, but nothing is shown as sure
UNFITTED_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Calibration:
    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    # (lowest logistic score of the band, confidence given to the band), ascending
    table: tuple[tuple[float, float], ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features.get(k, 0.0) for k, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def confidence(self, features: dict[str, float]) -> float:
        if not self.table:
            return UNFITTED_CONFIDENCE
        p = self.score(features)
        conf = self.table[0][1]
        for low, value in self.table:
            if p >= low:
                conf = value
        return conf

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "weights": self.weights,
            "bias": self.bias,
            "table": [list(t) for t in self.table],
            "meta": self.meta,
        }


def from_json(raw: dict[str, Any]) -> Calibration:
    if raw.get("format") != FORMAT_VERSION:
        raise ValueError(f"calibration format {raw.get('format')}, expected {FORMAT_VERSION}")
    return Calibration(
        weights={str(k): float(v) for k, v in raw["weights"].items()},
        bias=float(raw["bias"]),
        table=tuple((float(a), float(b)) for a, b in raw["table"]),
        meta=dict(raw.get("meta", {})),
    )


_active = ARTEFACT


def use(path: Path) -> None:
    """Read the calibration from ``path`` from now on (the fitting script checks a table it
    has just written, wherever it wrote it)."""
    global _active
    _active = path


def load() -> Calibration:
    """The calibration in use; an unfitted one (nothing confident) if it is missing."""
    return _load(_active)


@lru_cache(maxsize=4)
def _load(path: Path) -> Calibration:
    if not path.exists():
        return Calibration()
    return from_json(json.loads(path.read_text(encoding="utf-8")))

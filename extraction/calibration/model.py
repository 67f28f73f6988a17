"""The fitted calibration, read at extraction time: logistic weights over a choice's
features, then a monotone table from the logistic score to the share of values found right
on documents the weights were not fitted on. Stored as ``calibration.json`` beside this
module, versioned; without it every confidence stays below the auto-accept threshold.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
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
    # "FIELD:confirmed" / "FIELD:unconfirmed" -> the most that field may be given: set by the
    # fit where its values at auto-accept were not reliably right on layout families held out
    caps: dict[str, float] = field(default_factory=dict)

    def score(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features.get(k, 0.0) for k, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def confidence(self, features: dict[str, float], name: str | None = None) -> float:
        if not self.table:
            return UNFITTED_CONFIDENCE
        p = self.score(features)
        conf = self.table[0][1]
        for low, value in self.table:
            if p >= low:
                conf = value
        if name is not None:
            conf = min(conf, self.caps.get(cap_key(name, features), 1.0))
        return conf

    def to_json(self) -> dict[str, Any]:
        out = {
            "format": FORMAT_VERSION,
            "weights": self.weights,
            "bias": self.bias,
            "table": [list(t) for t in self.table],
            "meta": self.meta,
        }
        if self.caps:
            out["caps"] = dict(sorted(self.caps.items()))
        return out


def confirmed(features: dict[str, float]) -> bool:
    """Does something independent of where the value was read vouch for it: a constraint it
    satisfies (totals that add up, a due date after the issue date) or its check digits?"""
    return features.get("agree", 0.0) > 0 or features.get("valid", 0.0) > 0


def cap_key(name: str, features: dict[str, float]) -> str:
    return f"{name}:{'confirmed' if confirmed(features) else 'unconfirmed'}"


def from_json(raw: dict[str, Any]) -> Calibration:
    if raw.get("format") != FORMAT_VERSION:
        raise ValueError(f"calibration format {raw.get('format')}, expected {FORMAT_VERSION}")
    return Calibration(
        weights={str(k): float(v) for k, v in raw["weights"].items()},
        bias=float(raw["bias"]),
        table=tuple((float(a), float(b)) for a, b in raw["table"]),
        meta=dict(raw.get("meta", {})),
        caps={str(k): float(v) for k, v in raw.get("caps", {}).items()},
    )


_active = ARTEFACT


def use(path: Path) -> None:
    """Read the calibration from ``path`` from now on (the fitting script checks a table it
    has just written, wherever it wrote it)."""
    global _active
    _active = path


_override: Calibration | None = None


@contextmanager
def override(cal: Calibration) -> Iterator[None]:
    """Use ``cal`` inside the block (the fit reads every value with a table that says 1.0,
    so what remains is the ceiling the other caps put on it)."""
    global _override
    before, _override = _override, cal
    try:
        yield
    finally:
        _override = before


def load() -> Calibration:
    """The calibration in use; an unfitted one (nothing confident) if it is missing."""
    if _override is not None:
        return _override
    return _load(_active)


@lru_cache(maxsize=4)
def _load(path: Path) -> Calibration:
    if not path.exists():
        return Calibration()
    return from_json(json.loads(path.read_text(encoding="utf-8")))

"""Small summary statistics for durations (median, mean, nearest-rank percentile)."""

from __future__ import annotations

import math
import statistics
from typing import Any

DAY = 86400.0


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest value with at least pct% of values at or below."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def summary(values: list[float], *, scale: float = 1.0, digits: int = 1) -> dict[str, Any]:
    """count, median, mean, p90 of ``values`` divided by ``scale`` (None when empty)."""
    if not values:
        return {"count": 0, "median": None, "mean": None, "p90": None}
    return {
        "count": len(values),
        "median": round(statistics.median(values) / scale, digits),
        "mean": round(statistics.fmean(values) / scale, digits),
        "p90": round(percentile(values, 90) / scale, digits),
    }


def ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None

"""The Beta distribution's lower quantile, for confidences that come from a track record
(how often a sender's profile was right, ``extraction.profiles.track_record_bound``)."""

from __future__ import annotations

import math

_TINY = 1e-300


def _fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 400):
        m2 = 2 * m
        for aa in (
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ):
            d = 1.0 + aa * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + aa / c
            c = c if abs(c) > _TINY else _TINY
            h *= d * c
        if abs(d * c - 1.0) < 1e-12:
            break
    return h


def cdf(a: float, b: float, x: float) -> float:
    """P(p <= x) for p ~ Beta(a, b) (the regularized incomplete beta function)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _fraction(b, a, 1.0 - x) / b


def lower(a: float, b: float, alpha: float = 0.05) -> float:
    """The ``alpha`` quantile of Beta(a, b): the share right that the evidence puts the
    true share above with probability 1 - ``alpha``."""
    lo, hi = 0.0, 1.0
    for _ in range(50):
        mid = (lo + hi) / 2.0
        if cdf(a, b, mid) < alpha:
            lo = mid
        else:
            hi = mid
    return lo

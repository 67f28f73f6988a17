"""Server-rendered SVG charts for the dashboard: no JavaScript, no CDN, readable without
styles, every bar a link to the documents it counts (SVG ``<a>``) with a tooltip
(``<title>``). Text is escaped; numbers are laid out here, colours come from the palette."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

PALETTE = ("#0b6bcb", "#1d7f3a", "#b26a00", "#7a4cc2", "#0f8a8a", "#c2410c", "#5c6670")
FAIL, WARN, MUTED = "#b3261e", "#b26a00", "#d9dee3"


@dataclass(frozen=True)
class Segment:
    value: float
    href: str | None
    title: str
    color: str


@dataclass(frozen=True)
class Bar:
    label: str
    segments: Sequence[Segment]


def nice_max(value: float) -> float:
    """The axis top: 1, 2 or 5 times a power of ten, at or above ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.2f}"


def _short(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rect(x: float, y: float, w: float, h: float, seg: Segment) -> str:
    rect = (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}" '
        f'fill="{escape(seg.color)}"><title>{escape(seg.title)}</title></rect>'
    )
    if seg.href:
        return f'<a href="{escape(seg.href)}" class="bar">{rect}</a>'
    return rect


def columns(bars: Sequence[Bar], *, label: str, width: int = 720, height: int = 220) -> Markup:
    """Stacked vertical bars (one per day), y axis from zero."""
    left, bottom, top = 48, 28, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    top_value = nice_max(max((sum(s.value for s in b.segments) for b in bars), default=0))
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(label)}" viewBox="0 0 {width} '
        f'{height}" width="100%" preserveAspectRatio="xMidYMid meet" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for frac in (0.0, 0.5, 1.0):
        y = top + plot_h * (1 - frac)
        parts.append(
            f'<line x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" stroke="{MUTED}"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
            f"{_fmt(top_value * frac)}</text>"
        )
    n = max(len(bars), 1)
    slot = plot_w / n
    every = max(1, math.ceil(n / 10))  # at most ~10 axis labels
    for i, bar in enumerate(bars):
        x = left + i * slot + slot * 0.1
        y = top + plot_h
        for seg in bar.segments:
            h = plot_h * seg.value / top_value
            if h > 0:
                y -= h
                parts.append(_rect(x, y, slot * 0.8, h, seg))
        if i % every == 0:
            parts.append(
                f'<text x="{x + slot * 0.4:.1f}" y="{height - 8}" text-anchor="middle" '
                f'font-size="11">{escape(bar.label)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text, href and colour is escaped


def rows(
    bars: Sequence[Bar],
    *,
    label: str,
    top_value: float | None = None,
    value_text: Sequence[str] | None = None,
    width: int = 520,
) -> Markup:
    """Horizontal stacked bars with a label on the left and a figure on the right."""
    line, left, right = 24, 170, 90
    height = max(len(bars), 1) * line + 6
    top_value = top_value or nice_max(
        max((sum(s.value for s in b.segments) for b in bars), default=0)
    )
    plot_w = width - left - right
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(label)}" viewBox="0 0 {width} '
        f'{height}" width="100%" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, bar in enumerate(bars):
        y = 3 + i * line
        parts.append(
            f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" font-size="12">'
            f"<title>{escape(bar.label)}</title>{escape(_short(bar.label))}</text>"
            f'<rect x="{left}" y="{y + 3}" width="{plot_w}" height="{line - 8}" fill="#f1f3f5"/>'
        )
        x = float(left)
        for seg in bar.segments:
            w = plot_w * seg.value / top_value
            if w > 0:
                parts.append(_rect(x, y + 3, w, line - 8, seg))
                x += w
        text = value_text[i] if value_text else _fmt(sum(s.value for s in bar.segments))
        parts.append(
            f'<text x="{width - right + 6}" y="{y + 15}" font-size="12">{escape(text)}</text>'
        )
    if not bars:
        parts.append(f'<text x="{left}" y="18" font-size="12" fill="#5c6670">no data</text>')
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text, href and colour is escaped

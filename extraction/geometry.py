"""Overlap of boxes and of horizontal spans, written once for the readers that ask whether
two things stand over each other (a caption over its value, a word over a word).

Both tests are strict: boxes or spans that only touch do not overlap."""

from __future__ import annotations

from typing import Protocol

from extraction.result import BBox


class HasSpan(Protocol):
    """Anything with a left and a right edge (a segment, a word, a column)."""

    @property
    def x0(self) -> float: ...

    @property
    def x1(self) -> float: ...


def x_overlap(a: HasSpan, b: HasSpan) -> float:
    """How far the spans of ``a`` and ``b`` overlap (negative: the gap between them)."""
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def boxes_overlap(a: BBox, b: BBox) -> bool:
    """Do boxes ``a`` and ``b`` share an area (not only an edge)?"""
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])

"""Answers kept per text between documents: the header labels of a segment, the amount of
a cell, the dates of a text, the label word a misspelt word reads as. Each is a pure
function of its text (and of the labels and repairs in force, which its memo checks), so
keeping the answers changes no reading. ``forget`` drops them all: a benchmark that reads a
document again must time it as read the first time (``python -m bench.extraction``).
"""

from __future__ import annotations

from collections.abc import Callable

_CLEARS: list[Callable[[], None]] = []


def kept(clear: Callable[[], None]) -> None:
    """Register how to drop one memo's answers."""
    _CLEARS.append(clear)


def forget() -> None:
    """Drop every kept answer."""
    for clear in _CLEARS:
        clear()

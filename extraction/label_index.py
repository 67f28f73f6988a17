"""Which labels can start with a given character: ``match_label`` tries each label's
pattern at the start of every segment of every page (tens of thousands of segments a
batch), and most patterns fail on the first character. Each pattern's possible first
characters are read off its parsed form (``re._parser``), conservatively: a construct this
reading does not follow (a class by category, a negated class, a flag group) makes the
label a candidate for every character. So a label left out could never have matched, and
the labels kept are tried in their lists' order: the result is that of trying them all.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Sequence
from typing import Any, Protocol

# a class range wider than this is not expanded (the label then stays a candidate for all)
_MAX_RANGE = 512


class _Pattern(Protocol):
    @property
    def pattern(self) -> re.Pattern[str]: ...


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None when it may start
    with any (or match the empty string, or uses a construct not followed)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        chars, nullable = _first(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # the parser's form changed in another Python: try the label always
        return None
    if chars is None or nullable:
        return None
    return frozenset(chars)


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, can match empty) of a parsed sequence."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(chr(av))
            return out, False
        if op is sre.IN:
            for kind, arg in av:
                if kind is sre.LITERAL:
                    out.add(chr(arg))
                elif kind is sre.RANGE and arg[1] - arg[0] < _MAX_RANGE:
                    out.update(map(chr, range(arg[0], arg[1] + 1)))
                else:  # a category, a negation: any character
                    return None, False
            return out, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: only narrows what matches, the next item starts it
        if op is sre.BRANCH:
            branches = [_first(seq) for seq in av[1]]
            if any(chars is None for chars, _ in branches):
                return None, False
            for chars, _ in branches:
                out |= chars or set()
            if not any(null for _, null in branches):
                return out, False
            continue
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:  # a group changing the flags
                return None, False
            inner = av[3]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner = av[2]
        elif op is sre.ATOMIC_GROUP:
            inner = av
        else:  # any character, a back reference, ...: not followed
            return None, False
        chars, null = _first(inner)
        if chars is None:
            return None, False
        out |= chars
        optional = op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] == 0
        if not (null or optional):
            return out, False
    return out, True


class LabelIndex:
    """The labels of ``labels`` (and ``foreign``) that can start with each character, in
    the lists' order, each with whether it is one of ``foreign`` (``label in foreign``, as
    ``match_label`` tells it)."""

    def __init__(self, labels: Sequence[_Pattern], foreign: Sequence[_Pattern]) -> None:
        self._labels = list(labels)
        self._foreign = list(foreign)
        self._own = _by_char([(la, la in foreign) for la in labels])
        self._all = _by_char([(la, la in foreign) for la in [*labels, *foreign]])

    def holds(self, labels: Sequence[_Pattern], foreign: Sequence[_Pattern]) -> bool:
        """Was this index built of these very labels?"""
        return self._labels == labels and self._foreign == foreign

    def candidates(self, folded: str, foreign: bool) -> Sequence[tuple[Any, bool]]:
        """The labels that may match at the start of ``folded``."""
        by_char, anywhere = self._all if foreign else self._own
        return by_char.get(folded[:1], anywhere)


def _by_char(
    entries: list[tuple[Any, bool]],
) -> tuple[dict[str, tuple[tuple[Any, bool], ...]], tuple[tuple[Any, bool], ...]]:
    starts = [first_chars(label.pattern) for label, _ in entries]
    chars = set().union(*(s for s in starts if s is not None))
    by_char = {
        ch: tuple(e for e, s in zip(entries, starts, strict=True) if s is None or ch in s)
        for ch in chars
    }
    anywhere = tuple(e for e, s in zip(entries, starts, strict=True) if s is None)
    return by_char, anywhere

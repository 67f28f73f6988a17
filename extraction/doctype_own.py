"""The page's own number, and what it says about the kinds named on the page.

A page prints its own number under a bare label ("N°", "No.", "Doc. no.", "Réf. document")
and may name kinds beside other numbers. A kind named beside a different number ("Purchase
Order: P54794-A", "Bon de commande ACH/2025/704") is another document's, the one the page
answers, not the page; a kind named with the page's own number, wherever it is printed (a
running header, the foot line: "AR de commande 6925059 – page 1"), is the page's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extraction.layout import PageLayout, Segment

# a number's label that names no kind: the page's own ("N°", "Doc. no.", "Réf. document")
_BARE = (
    r"(?:n°|no\.?|nr\.?|#|number|numero|num\.?|doc(?:ument)?\.? ?(?:n°|no\.?|nr\.?|number|ref\.?)|"
    r"ref(?:erence|\.)? (?:du )?document|document)"
)
_OWN = re.compile(rf"^\s*{_BARE}\s*:?\s*([a-z0-9][\w/.-]*\d[\w/.-]*)\s*$")
_BARE_ALONE = re.compile(rf"^\s*{_BARE}\s*:?\s*$")
# a number right after a kind's name ("Bon de commande ACH/2025/704", "Invoice No. 12")
_NUMBER_AFTER = re.compile(
    r"^\s*(?:n°|no\.?|nr\.?|#|number|numero|:)?\s*:?\s*([a-z0-9][\w/.-]*\d[\w/.-]*)"
)

Hit = Callable[[str], "tuple[str, re.Match[str]] | None"]


def own_numbers(first: PageLayout) -> set[str]:
    """The numbers printed under a bare label in the upper half of the first page."""
    out: set[str] = set()
    for row in first.rows:
        if row.top > first.height * 0.5:
            break
        segs = sorted(row.segments, key=lambda s: s.x0)
        for i, seg in enumerate(segs):
            m = _OWN.match(seg.folded)
            if m is not None:
                out.add(m.group(1))
            elif _BARE_ALONE.match(seg.folded) and i + 1 < len(segs):
                v = re.fullmatch(r"\s*([a-z0-9][\w/.-]*\d[\w/.-]*)\s*", segs[i + 1].folded)
                if v is not None:
                    out.add(v.group(1))
    return out


def number_after(seg: Segment, end: int) -> str | None:
    """The number printed right after character ``end`` of ``seg``'s folded text."""
    m = _NUMBER_AFTER.match(seg.folded[end:])
    return m.group(1) if m is not None else None


def named_with_own(layouts: list[PageLayout], own: set[str], hit: Hit) -> list[tuple[str, Segment]]:
    """The kinds named with the page's own number, anywhere on any page (``hit`` reads a
    kind's name: ``classify._title_hit``)."""
    out: list[tuple[str, Segment]] = []
    if not own:
        return out
    for layout in layouts:
        for seg in layout.segments:
            found = hit(seg.folded)
            if found is None:
                continue
            kind, m = found
            if number_after(seg, m.end()) in own:
                out.append((kind, seg))
    return out

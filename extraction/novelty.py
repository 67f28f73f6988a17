"""How much of a document's header vocabulary extraction understood: a layout-independent
signal of novelty.

A first-seen layout that prints its labels in wordings nobody taught extraction ("Ordre
client", "Bill ref.") is read through other routes (patterns, positions), and those fail in
ways the development families cannot show. What such a page looks like does not depend on
its layout: text that is set out as a label (a short phrase ending with a colon, no digits)
but that no label of ``extraction.labels`` (nor a party block's caption) recognises;
``label_vocabulary`` counts them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extraction.labels import match_header_label
from extraction.layout import PageLayout
from extraction.parties import BLOCKS

# a label as printed: a few words of letters, then a colon ("Votre commande :", "Ship via:")
_LABEL_SHAPE = re.compile(r"^[^\W\d_][^\d:]{0,38}?\s?:$")
_MAX_WORDS = 5


@dataclass(frozen=True)
class Vocabulary:
    known: int  # label-shaped phrases a label of extraction recognises
    unknown: int  # label-shaped phrases none recognises

    @property
    def unknown_share(self) -> float:
        total = self.known + self.unknown
        return self.unknown / total if total else 0.0


def label_phrases(layouts: Sequence[PageLayout]) -> list[str]:
    """The folded texts set out as labels: a segment (or a segment's start, up to its first
    colon) of at most five words of letters ending with a colon."""
    out: list[str] = []
    for layout in layouts:
        for seg in layout.segments:
            text = seg.folded.strip()
            head = text.split(":", 1)[0].strip() + ":" if ":" in text else ""
            if head and len(head.split()) <= _MAX_WORDS and _LABEL_SHAPE.match(head):
                out.append(head)
    return out


def label_vocabulary(layouts: Sequence[PageLayout]) -> Vocabulary:
    """How many label-shaped phrases of the document a label of extraction recognises."""
    known = unknown = 0
    for phrase in label_phrases(layouts):
        if match_header_label(phrase) is not None or any(p.match(phrase) for _, p in BLOCKS):
            known += 1
        else:
            unknown += 1
    return Vocabulary(known, unknown)

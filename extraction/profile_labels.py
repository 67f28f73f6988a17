"""Where a sender profile's learned label is printed on a document (issue 24).

A sender prints the same label on every document, but a label may carry a number that
changes with each one: "Tax (7%)" on one invoice, "Tax (6.5%)" on the next, "VAT 19 %:"
beside the amount. Matched letter for letter, such a label is a new label on every
document, so the hint learned under it never reads again, never earns a record, and the
value it points at stays at the cap of a reading nothing proved (on the generated family-B
fit streams s719/s709, a total_tax shown at 0.85 was the only thing keeping 10 documents
from being touchless, right every time). Here a label is its words with every number as a
slot that any number fills. Where the label has such a slot, the label must be printed
once on the page: a breakdown printing "VAT 7 %" and "VAT 19 %" does not say which of
them the sender meant, and a hint reading the nearer one would read a part for the total.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extraction.layout import Segment

# a number inside a label: a rate, a count of days ("Net 30"), a year
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SLOT = r"\d+(?:[.,]\d+)*"


def shape(label: str) -> str:
    """The label with each number as one slot: two labels of one shape are one label."""
    return _NUMBER.sub("#", label.strip())


def has_slot(label: str) -> bool:
    return _NUMBER.search(label) is not None


def _pattern(label: str) -> re.Pattern[str]:
    parts = _NUMBER.split(label)
    return re.compile(_SLOT.join(re.escape(p) for p in parts))


def inline_end(seg: Segment, label: str) -> int | None:
    """Where the value after ``label`` starts in ``seg`` when the segment starts with the
    label (any number in its slots) and goes on past it, else where it starts after the
    label printed once inside the segment, after a space (``mid_end``), else None."""
    if not has_slot(label):
        ok = seg.folded.startswith(label) and len(seg.folded) > len(label)
        return len(label) if ok else mid_end(seg.folded, label)
    found = _pattern(label).match(seg.folded)
    if found is None or len(seg.folded) <= found.end():
        return mid_end(seg.folded, label)
    return found.end()


def mid_end(text: str, label: str) -> int | None:
    """Where the value after ``label`` starts when the label is printed once in the middle
    of ``text``, after a space: a header line running several fields on ("No. / Date
    SI071121 / 5/31/2026 P.O. Number 4543190501", "Your PO CMD-27553 · Account no.
    CUST-73023"), cut into segments differently from one document to the next as its
    values' widths change. Only a label of words (``tail_label``) is looked for there."""
    if tail_label(label) != label:
        return None
    found = list(re.finditer(r"(?<= )" + _pattern(label).pattern, text))
    if len(found) != 1 or len(text) <= found[0].end():
        return None
    before = text[: found[0].start()].split()
    if before and _LABEL_WORD.fullmatch(before[-1]):
        return None  # a longer label ending in this one ("order date" for "date")
    return found[0].end()


# a word of a label: letters, with the dots and colon of an abbreviation ("p.o.", "no.:")
_LABEL_WORD = re.compile(r"[^\W\d_]+(?:[.'][^\W\d_]*)*[.:]?|n[°º]\.?|#|:")
# the words a label taken from the end of a run-on line may have at most
TAIL_WORDS = 4


def tail_label(prefix: str) -> str | None:
    """The label that ends ``prefix`` (the text before a value on its line): its last
    words that are label words, at least one with two letters, back to a separator, a
    value or ``TAIL_WORDS`` words; None when the prefix ends in no such words."""
    words = prefix.split()
    tail: list[str] = []
    for word in reversed(words):
        if len(tail) == TAIL_WORDS or not _LABEL_WORD.fullmatch(word):
            break
        tail.insert(0, word)
    if not tail or not any(re.search(r"[^\W\d_]{2}", w) for w in tail):
        return None
    return " ".join(tail) + (" " if prefix.endswith(" ") else "")


def is_label(seg: Segment, label: str) -> bool:
    """Is ``seg`` the whole label (any number in its slots)?"""
    text = seg.folded.strip()
    if not has_slot(label):
        return text == label
    return _pattern(label).fullmatch(text) is not None


def printed_once(segs: Sequence[Segment], label: str, inline: bool) -> bool:
    """Is a label with a slot printed on one segment of the page only? (A label without a
    slot is matched letter for letter, as before: no other check.)"""
    if not has_slot(label):
        return True
    found = [s for s in segs if (inline_end(s, label) if inline else is_label(s, label))]
    return len(found) <= 1

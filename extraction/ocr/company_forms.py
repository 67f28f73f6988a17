"""A company's legal form at the end of its name, a glyph of it misread ("SARI", "EURI.",
"Ine.", "S.r.I."), read as the form it is.

On a fax or a 1-bit page the last letters of a name in small type are the ones OCR gets
wrong most ("L" read "I", "c" read "e"), and ``vocabulary.mend`` leaves a short capitalised
word alone on purpose (an abbreviation or a code is no misread word). A legal form is a
closed list, though, and it stands where nothing else short does: after a name (a word
with a capital), last on its line or before a comma, no number further right (a table's
row). There, a word one look-alike glyph
(``confusions.letter_swaps``) away from exactly one form, and no form itself, is that
form. On 12 faxes of families A (samples.wild seed 2211), 5 of the 23 header fields read
wrong were such names; on 12 faxes of families B never tuned on (seed 2377, fax23), one
("Établissements Girard SRI" -> "SRL"): fields 78.1 -> 78.8 %, nothing lost. The
mended word is one engine's guess at a glyph: capped like
``vocabulary``'s mends, never auto-accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extraction.candidates import confusions
from extraction.legal_forms import FORMS
from extraction.ocr.tesseract import OcrWord
from extraction.ocr.vocabulary import MEND_BELOW, MEND_MAX_COST, MENDED_CONFIDENCE, fold

# the forms a name ends with, dots and case aside: the shared ones of three letters or
# more (a two-letter form, "SA", "Co", is one swap from too many short words), and the
# dotted or foreign ones names of our documents' senders carry
_FORMS = frozenset(
    {f for f in FORMS if len(f) >= 3} | {"llc", "corp", "srl", "spa", "sprl", "gbr", "ohg"}
)
_SWAPS = confusions.letter_swaps(MEND_MAX_COST)
# bench/ocr ``forms0`` turns it off
ON = True
_EDGE = "\"'“”()[]{},:;!?*"


def _bare(text: str) -> str:
    """The letters of a word as a form is compared: folded, dots out ("S.r.l." -> "srl")."""
    return fold(text.strip(_EDGE)).replace(".", "")


def form_of(text: str) -> str | None:
    """``text`` with the one glyph that makes it a legal form read as its look-alike
    ("SARI." -> "SARL.", "Ine." -> "Inc."); None when it is a form already, when no single
    swap makes one, or when more than one form is that close."""
    bare = _bare(text)
    if not 3 <= len(bare) <= 5 or not bare.isalpha() or bare in _FORMS:
        return None
    found: set[str] = set()
    fixed = None
    capitals = all(c.isupper() for c in text if c.isalpha())  # "SARI": an "L", "S.r.I.": an "l"
    for i in range(len(text)):
        for size in (1, 2):
            read = text[i : i + size]
            if len(read) < size:
                continue
            for other in _SWAPS.get(read.lower(), ()):
                printed = other.upper() if capitals else other
                candidate = text[:i] + printed + text[i + size :]
                if _bare(candidate) in _FORMS:
                    found.add(_bare(candidate))
                    fixed = candidate
    return fixed if len(found) == 1 else None


def _same_line(a: OcrWord, b: OcrWord) -> bool:
    """Do the two words share a line (their vertical middles within each other's box)?"""
    mid_a, mid_b = a.top + a.height / 2, b.top + b.height / 2
    return a.top <= mid_b <= a.top + a.height and b.top <= mid_a <= b.top + b.height


def mend(words: Sequence[OcrWord], every: bool = False) -> list[OcrWord]:
    """``words`` with each misread legal form that ends a name read as the form, the reading
    as read kept as its alternative; only words under ``MEND_BELOW`` (a clean scan's sure
    word stays as read, as ``vocabulary.mend_words`` has it), or ``every`` word (a fax)."""
    out = list(words)
    for k, w in enumerate(words if ON else ()):
        fixed = form_of(w.text) if every or w.confidence < MEND_BELOW else None
        if fixed is None:
            continue
        gap = 2 * w.height
        before = [
            o
            for o in words
            if o is not w and _same_line(o, w) and w.left - gap <= o.left + o.width <= w.left + 2
        ]
        after = [
            o
            for o in words
            if o is not w
            and _same_line(o, w)
            and w.left + w.width - 2 <= o.left <= w.left + w.width + gap
        ]
        named = any(o.text[:1].isupper() and any(c.isalpha() for c in o.text) for o in before)
        ends = not after or w.text.endswith(",") or all(o.text[:1] in ",-–|" for o in after)
        # a number further right on the line: a table's row ("Storage box with Lid  2  4,50"),
        # where a description's last word may well be one swap from a form
        priced = any(
            _same_line(o, w) and o.left > w.left + w.width and any(c.isdigit() for c in o.text)
            for o in words
        )
        if not (named and ends) or priced:
            continue
        out[k] = replace(
            w,
            text=fixed,
            confidence=min(w.confidence, MENDED_CONFIDENCE),
            alternatives=(w.text, *w.alternatives),
        )
    return out

"""An OCR'd unit cell read as no unit, mended to the one unit of measure it is once a glyph
or two are read as their look-alikes ("pcc" and "pee" are "pce", "S1k" is "Stk", "ramotte"
is "ramette").

The unit column holds a closed set of words (``unit_words``), so a near miss has few
candidates: a word one or two look-alikes (``extraction.candidates.confusions``) from
exactly one unit is that unit. Page words are mended against the languages' dictionaries
(``extraction.ocr.vocabulary``), which know no "pce" or "Stk"; here the cell's place in the
table says it is a unit. A mended unit is a guess at a glyph: its line is held at 0.85.
"""

from __future__ import annotations

import functools

from extraction.candidates.confusions import variants, word_swaps
from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.tables.unit_words import is_unit

MENDED_CONFIDENCE = UNCONFIRMED_CAP
_MAX_COST = 0.4


# what a unit's glyphs may have been printed as (``confusions.word_swaps``)
_SWAPS = word_swaps(_MAX_COST)


@functools.lru_cache(maxsize=4096)
def mend_unit(text: str) -> str | None:
    """The one unit ``text`` is once one look-alike (two in words of three glyphs or more)
    is read back; None when ``text`` is a unit, is no single short word, or is as close to
    none or to several units."""
    word = text.strip().rstrip(".")
    if not 2 <= len(word) <= 8 or " " in word or is_unit(word):
        return None
    low = word.lower()
    found: set[str] = set()
    for level in variants(low, _SWAPS, max_changes=2 if len(low) >= 3 else 1):
        found = {v for v in level if is_unit(v)}
        if found:
            break
    if len(found) != 1:
        return None
    unit = next(iter(found))
    if word.isupper() and len(word) > 1:
        return unit.upper()
    return unit.capitalize() if word[0].isupper() else unit

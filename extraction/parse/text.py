"""Text normalisation that keeps character offsets, so a label found in normalised text
maps back to the words (and boxes) it came from."""

from __future__ import annotations

import functools
import re
import unicodedata

from rapidfuzz.distance import Levenshtein

_SPACES = re.compile(r"\s+")
# what OCR reads a dust speck before a word as: a quote mark, a stop, a bar (regex class)
SPECK_MARK = r"['‘\"“”.,|_]"
_TRANSLATE = {ord("’"): "'", ord("`"): "'", ord("º"): "°", 0xA0: " "}


@functools.cache  # a few hundred distinct characters, folded a quarter-million times a batch
def fold_char(ch: str) -> str:
    """One character, lower-cased and without accent; always one character long."""
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else base


class _FoldTable(dict[int, str]):
    """``fold``'s table for ``str.translate``: each character met is folded once (then its
    typographic apostrophe or degree sign replaced, as ``fold`` does after folding), so a
    text is folded by one C loop instead of a Python call a character."""

    def __missing__(self, code: int) -> str:
        ch = fold_char(chr(code))
        folded = self[code] = _TRANSLATE.get(ord(ch), ch)
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent-free text of the same length as ``text`` (offsets stay valid)."""
    # typographic apostrophes / degree sign used for "n°" replaced after folding
    return text.translate(_FOLD_TABLE)


def squash(text: str) -> str:
    """Collapse runs of whitespace (for comparisons, not for offsets)."""
    return _SPACES.sub(" ", text).strip()


def norm_compare(text: str) -> str:
    """Form used to compare free text (names, addresses, terms): folded, single-spaced."""
    return squash(fold(text)).strip(" ,.;:")


# words that are never abbreviated, so a stop right after one is a speck ("rue. de la
# Paix", "45 jours date de. facture"): French particles and street types
_WHOLE_WORDS = (
    r"de|des|du|la|le|les|et|sur|rue|chemin|allee|avenue|boulevard|impasse|route|place|quai"
    r"|road|street|lane|drive|close|way"
)
_STOP_AFTER_WORD = re.compile(r"(?i)(?<![\w.])(" + _WHOLE_WORDS + r")\.(?= [^\W\d_])")
# an acronym (ZI, ZAC) before a lower-case word: "ZI. des Bruyères"
_STOP_AFTER_ACRONYM = re.compile(r"(?<![\w.])([A-Z]{2,3})\.(?= [a-zà-ÿ])")
# a stop glued between two words, where a space was printed: "Zi.des Bruyères" (not in a
# web or mail address)
_GLUED_STOP = re.compile(r"(?<![\w.@/])([^\W\d_]{2,})\.(?=[^\W\d_]{2,}(?:\s|$))")
# a stop between a word and a spaced dash: "ZI des Bruyères. - Bât. B"
_STOP_BEFORE_DASH = re.compile(r"(?<=[^\W\d_]{3})\.(?= [-–] )")
# an abbreviation's stop read as a colon before a one-letter designator: "Bât: C"
_COLON_FOR_STOP = re.compile(r"(?<=[^\W\d_]{2}):(?= \w\b)")


def drop_specks(text: str) -> str:
    """OCR'd free text without the dust specks OCR reads as stops between words."""
    text = _STOP_AFTER_WORD.sub(r"\1", text)
    text = _STOP_AFTER_ACRONYM.sub(r"\1", text)
    text = _GLUED_STOP.sub(r"\1 ", text)
    text = _STOP_BEFORE_DASH.sub("", text)
    return _COLON_FOR_STOP.sub(".", text)


def one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` at most one substitution, insertion or deletion apart (an OCR
    misread of one letter)?"""
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1

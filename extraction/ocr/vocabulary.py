"""Known words, for the vote between two engines' readings of one word.

A reading that is a word of the documents' languages ("Invoice") is likelier right than
one that is no word at all ("Involço"), whichever engine is the surer: RapidOCR's
recogniser has no dictionary and reads a smudged letter as any glyph it knows. The words
are tesseract's own dictionaries for the OCR languages (the word lists inside its
``.traineddata`` files, read out once per process by ``tesseract.word_list`` with the
programs that ship with it, so no other word list is installed), and
the words of extraction's header labels. Without those programs, the labels alone.

Comparison is folded: case and accents aside (OCR drops accents, and "FACTURE" is the
word "facture").
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata

from extraction.ocr import tesseract

log = logging.getLogger(__name__)

# a word this short is as likely a unit, an initial or an abbreviation as a word: no vote
MIN_LETTERS = 3
_EDGE = "\"'“”‘’«»()[]{}.,:;!?*#"
_LETTERS = re.compile(r"[a-z]+")


def fold(text: str) -> str:
    """Lower case, accents dropped: "Référence" and "REFERENCE" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _dictionary(language: str) -> frozenset[str]:
    """Tesseract's word list for ``language`` (folded), empty when it cannot be read."""
    listed = tesseract.word_list(language)
    if listed is None:
        log.info("no tesseract word list for %s: the vote knows the labels only", language)
        return frozenset()
    return frozenset(fold(w) for w in listed if len(w) >= MIN_LETTERS)


def _label_words() -> frozenset[str]:
    """The words of the header labels extraction matches ("commande", "invoice", "due")."""
    from extraction import labels

    words: set[str] = set()
    for label in [*labels.LABELS, *labels.FOREIGN]:
        words.update(w for w in _LETTERS.findall(label.pattern.pattern) if len(w) >= MIN_LETTERS)
    return frozenset(words)


@functools.cache
def words(languages: str = "fra+eng") -> frozenset[str]:
    """The folded known words for tesseract's ``languages`` ("fra+eng"), loaded once."""
    known = set(_label_words())
    for language in languages.split("+"):
        if language:
            known.update(_dictionary(language))
    return frozenset(known)


def known(text: str, languages: str = "fra+eng") -> bool | None:
    """Is ``text`` a word of the languages? None when it is no word to judge: too short,
    or with a digit in it (a number or a code is judged by its pattern, not here)."""
    core = text.strip(_EDGE)
    if any(c.isdigit() for c in core):
        return None
    letters = sum(c.isalpha() for c in core)
    if letters < MIN_LETTERS:
        return None
    vocabulary = words(languages)
    folded = fold(core)
    if folded in vocabulary:
        return True
    # "d'achat", "Bon-de-livraison": every longer part a word
    parts = [p for p in re.split(r"[-'’/]", folded) if p]
    if len(parts) > 1:
        long_parts = [p for p in parts if len(p) >= MIN_LETTERS]
        return bool(long_parts) and all(p in vocabulary for p in long_parts)
    return False

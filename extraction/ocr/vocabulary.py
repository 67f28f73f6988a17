"""Known words, for the vote between two engines' readings of one word, and for mending a
word read with a glyph taken for its look-alike (``mend``: 'livralson' is 'livraison').

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
from collections.abc import Sequence
from dataclasses import replace

from extraction.candidates import confusions
from extraction.ocr import tesseract
from extraction.ocr.tesseract import OcrWord

log = logging.getLogger(__name__)

# a word this short is as likely a unit, an initial or an abbreviation as a word: no vote
MIN_LETTERS = 3
_EDGE = "\"'“”‘’«»()[]{}.,:;!?*#"
_LETTERS = re.compile(r"[a-z]+")


def fold(text: str) -> str:
    """Lower case, accents dropped: "Référence" and "REFERENCE" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _listed(language: str) -> tuple[str, ...]:
    """Tesseract's word list for ``language`` as it spells them, empty when it cannot be
    read (read out once per process)."""
    listed = tesseract.word_list(language)
    if listed is None:
        log.info("no tesseract word list for %s: the vote knows the labels only", language)
        return ()
    return tuple(w for w in listed if len(w) >= MIN_LETTERS)


def _dictionary(language: str) -> frozenset[str]:
    """Tesseract's word list for ``language`` (folded), empty when it cannot be read."""
    return frozenset(fold(w) for w in _listed(language))


@functools.cache
def _spelled(languages: str = "fra+eng") -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The common words of the dictionaries (listed in small letters: a name's spelling is
    its own) as they are spelled: each folded word some of them spell with an accent -> its
    accented spellings ("cle" -> {"clé"}), and the words spelled without one."""
    accented: dict[str, set[str]] = {}
    plain: set[str] = set()
    for language in languages.split("+"):
        for w in _listed(language) if language else ():
            if not w.islower():
                continue
            if w.isascii():
                plain.add(w)
            else:
                accented.setdefault(fold(w), set()).add(w)
    return {f: frozenset(s) for f, s in accented.items()}, frozenset(plain)


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


# a page asks about the same words again and again (a fax page mends every word), and
# across pages: the answers are kept, as the known words never change in a process
@functools.lru_cache(maxsize=1 << 16)
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


# the look-alike letters a word read as no word is mended with, at most two of them: the
# confusions of the one table (candidates/confusions.py) that cost at most this
MEND_MAX_COST = 0.4
_SWAPS: dict[str, list[str]] = confusions.letter_swaps(MEND_MAX_COST)


def _swaps(word: str) -> list[str]:
    """``word`` with one confusable glyph (or pair) read as its look-alike, each way."""
    low = word.lower()
    out = []
    for i in range(len(word)):
        for size in (1, 2):
            part = low[i : i + size]
            for other in _SWAPS.get(part, ()) if len(part) == size else ():
                if word[i : i + size].isupper():
                    other = other.upper()
                out.append(word[:i] + other + word[i + size :])
    return out


def _cased(spelling: str, like: str) -> str:
    """``spelling`` (lower case) in the case of ``like``: all capitals, a capital first, or
    small letters."""
    if like.isupper():
        return spelling.upper()
    return spelling[:1].upper() + spelling[1:] if like[:1].isupper() else spelling


# the accents respelled: the dot of an i read with a speck beside it. An accent on another
# letter ("poudrés", "métallique") is as often printed and missing from tesseract's word
# lists (on faxes of families B, seed 2377, "poudrés" was respelled "poudres")
_SPECKED = frozenset("íìÍÌ")


def respell(text: str, languages: str = "fra+eng") -> str | None:
    """A known word read with an accent on an i that no spelling of it has ("Flexíble",
    "maíntenance", "sìmple": RapidOCR reads the dot of an i with a 1-bit page's speck
    beside it as an accent), or with one accent where its spelling has another
    ("mètallique"), as the word is spelled: None when ``text`` has no such accent, is
    spelled so, is no common word, or is spelled more than one way ("près"/"prés")."""
    core = text.strip(_EDGE)
    if core.isascii() or not core.isalpha():
        return None
    folded = fold(core)
    accented, plain = _spelled(languages)
    spellings = accented.get(folded, frozenset()) | ({folded} & plain)
    if core.lower() in spellings or len(spellings) != 1:
        return None
    spelled = next(iter(spellings))
    # an accent where the word has another ("mètallique" for "métallique"): one misread
    # mark, the letter under it right
    swapped = len(spelled) == len(core) and all(
        not (a.isascii() or b.isascii())
        for a, b in zip(core.lower(), spelled, strict=True)
        if a != b
    )
    if not (swapped or any(c in _SPECKED for c in core)):
        return None
    start = text.index(core)
    return text[:start] + _cased(spelled, core) + text[start + len(core) :]


# the glyphs a fax's thin strokes may lose altogether ("Livrason", "partelle"), put back
# in a word of at least this many letters read as no word: a shorter word is one lost
# glyph away from too many others
LOST_MIN_LETTERS = 7
_LOST: list[str] = [glyph for glyph, _cost in confusions.lost_glyphs(0.5)]


def _restored(word: str) -> list[str]:
    """``word`` with one glyph a fax may lose (``confusions.lost_glyphs``) put back, at each
    place inside it: not before its first letter (a capital's place), nor after its last
    (a word cut short there is an abbreviation, "glycéro", "réf", not a lost stroke)."""
    lost = [g.upper() for g in _LOST] if word.isupper() else _LOST
    return [word[:i] + glyph + word[i:] for i in range(1, len(word)) for glyph in lost]


@functools.lru_cache(maxsize=1 << 16)
def mend(text: str, languages: str = "fra+eng") -> str | None:
    """The one known word that ``text`` (read as no word) is, once a glyph or two that OCR
    confuses are read as their look-alikes ('livralson' -> 'livraison', 'Stroot' ->
    'Street'); None when ``text`` is a word, is no word to judge, or when no single word
    (or more than one) is that close."""
    said = known(text, languages)
    if said is True:
        return respell(text, languages)
    if said is None:
        return None
    core = text.strip(_EDGE)
    if (core.isupper() and len(core) <= 4) or (
        any(c.isupper() for c in core[1:-1]) and not core.isupper()
    ):
        return None  # an abbreviation or a code ('EURL', 'UoM'), not a misread word
    start = len(text) - len(text.lstrip(_EDGE))
    core = text.strip(_EDGE)
    end = start + len(core)
    letters = sum(c.isalpha() for c in core)
    found: dict[str, str] = {}
    for one in _swaps(core):
        if known(one, languages):
            found.setdefault(fold(one), one)
    if not found and letters >= 6:
        for one in _swaps(core):
            for two in _swaps(one):
                if known(two, languages):
                    found.setdefault(fold(two), two)
            if len(found) > 1:
                break
    if not found and letters >= LOST_MIN_LETTERS and core.isalpha():
        for one in _restored(core):
            if known(one, languages):
                found.setdefault(fold(one), one)
    if len(found) != 1:
        return None
    return text[:start] + next(iter(found.values())) + text[end:]


# a word read at least this sure is left as read, unless the page is a fax: a clean scan's
# unknown word is a name or a foreign word more often than a misreading
MEND_BELOW = 0.9
# a mended word is one engine's guess at a glyph: shown to a clerk, never auto-accepted
MENDED_CONFIDENCE = 0.7


def mend_words(
    words: Sequence[OcrWord], languages: str = "fra+eng", every: bool = False
) -> list[OcrWord]:
    """``words`` with those read as no word mended (``mend``), the reading as read kept as
    an alternative; only words under ``MEND_BELOW``, or ``every`` word (a fax page)."""
    out = []
    for w in words:
        better = mend(w.text, languages) if every or w.confidence < MEND_BELOW else None
        if better is None:
            out.append(w)
            continue
        out.append(
            replace(
                w,
                text=better,
                confidence=min(w.confidence, MENDED_CONFIDENCE),
                alternatives=(w.text, *w.alternatives),
            )
        )
    return out

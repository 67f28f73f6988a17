"""The one table of OCR confusions: what OCR reads where something else was printed, and
what undoing it costs. Every kind of field draws its variants from here (identifiers with
check digits, postcodes, and the words of the page, labels included, which the OCR layer
mends: ``extraction.ocr.vocabulary``), so a look-alike is learned once.

The cost is the evidence a variant gives up: 0.2 for shapes that are nearly the same glyph
(O/0, l/1), up to 0.5 for looser ones. A variant is only a candidate; what makes it the
value is an independent check (check digits, a known shape, a known word or label).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence

# (read, printed, cost)
CONFUSIONS: tuple[tuple[str, str, float], ...] = (
    ("O", "0", 0.2),
    ("o", "0", 0.3),
    ("D", "0", 0.4),
    ("Q", "0", 0.5),
    ("I", "1", 0.2),
    ("l", "1", 0.2),
    ("i", "1", 0.4),
    ("L", "1", 0.4),
    ("!", "1", 0.3),
    ("|", "1", 0.3),
    ("]", "1", 0.4),
    ("S", "5", 0.3),
    ("s", "5", 0.4),
    ("B", "8", 0.3),
    ("Z", "2", 0.3),
    ("z", "2", 0.4),
    ("G", "6", 0.4),
    ("b", "6", 0.5),
    ("0", "O", 0.2),
    ("1", "I", 0.2),
    ("5", "S", 0.3),
    ("8", "B", 0.3),
    ("2", "Z", 0.3),
    ("6", "G", 0.4),
    # letters read as other letters (a fax's thin strokes, a stroke lost or two joined),
    # each both ways: a word read as no word is mended with these (vocabulary.mend)
    ("l", "i", 0.3),
    ("i", "l", 0.3),
    ("l", "t", 0.4),
    ("t", "l", 0.4),
    ("i", "t", 0.4),
    ("t", "i", 0.4),
    ("c", "e", 0.3),
    ("e", "c", 0.3),
    ("o", "e", 0.4),
    ("e", "o", 0.4),
    ("o", "a", 0.4),
    ("a", "o", 0.4),
    ("n", "u", 0.4),
    ("u", "n", 0.4),
    ("h", "b", 0.4),
    ("b", "h", 0.4),
    ("f", "t", 0.4),
    ("t", "f", 0.4),
    ("rn", "m", 0.3),
    ("m", "rn", 0.3),
    ("cl", "d", 0.4),
    ("d", "cl", 0.4),
    ("li", "h", 0.4),
    ("h", "li", 0.4),
    ("vv", "w", 0.4),
    ("w", "vv", 0.4),
    ("ri", "m", 0.5),
    ("m", "ri", 0.5),
    # capitals a fax's lost stroke or speck turns into another ("RFF." for "REF.", "PQ #"
    # for "PO #", "VAT" as "VAI"); words are mended lower case, so these undo labels only
    ("F", "E", 0.4),
    ("E", "F", 0.4),
    ("Q", "O", 0.4),
    ("I", "T", 0.4),
    # small capitals at a fax's 98 dpi lose their thin bars: an E without its upper bars
    # reads L ("VOTRL BON UL COMMANDL"), a D without its bowl's top U; matched on capitals
    # only, several in a label (``glyph_swaps``, labels.confused_words_label)
    ("L", "E", 0.5),
    ("U", "D", 0.5),
    # an m whose last leg a fax's 98 dpi rows lost reads n ("Bon de conmande"), and an n
    # with a speck beside it m; at the labels' cost, so only a label's words are read back
    # with them, never the page's
    ("n", "m", 0.5),
    ("m", "n", 0.5),
    ("C", "G", 0.5),
    ("G", "C", 0.5),
    # digits a fax's lost or added stroke turns into another (a 6's loop closed reads 8):
    # undone only where check digits decide, one at a time (``one_glyph_variants``)
    ("6", "8", 0.5),
    ("8", "6", 0.5),
    ("3", "8", 0.5),
    ("8", "3", 0.5),
    ("5", "6", 0.5),
    ("6", "5", 0.5),
    ("8", "0", 0.5),
    ("0", "8", 0.5),
    ("6", "0", 0.5),
    ("0", "6", 0.5),
    ("9", "8", 0.5),
    ("8", "9", 0.5),
    ("1", "7", 0.5),
    ("7", "1", 0.5),
    ("4", "1", 0.5),
    ("1", "4", 0.5),
    # thin glyphs a fax's 98 dpi rows lost altogether ("facure", "Votre cod lient"): read
    # as nothing; undone only in the words of a label (labels.confused_words_label)
    *(("", lost, 0.5) for lost in "acdeilmnrt"),
    # an x between letters or digits read as the times sign ("bo×", "100×150")
    ("×", "x", 0.3),
    # the degree sign of a number mark, read as a quote or a dot ('N" facture', "N·de BL")
    ('"', "°", 0.3),
    ("·", "°", 0.3),
    ("'", "°", 0.4),
)

TO_DIGIT: dict[str, str] = {
    r: p for r, p, _ in CONFUSIONS if len(r) == 1 and not r.isdigit() and p.isdigit()
}
TO_LETTER: dict[str, str] = {r: p for r, p, _ in CONFUSIONS if r.isdigit() and p.isalpha()}
_COST: dict[tuple[str, str], float] = {(r, p): c for r, p, c in CONFUSIONS}


def letter_swaps(max_cost: float) -> dict[str, list[str]]:
    """The letters (lower case, or a pair of them) OCR reads where another was printed, at
    most ``max_cost`` each: read -> what may have been printed, in the table's order."""
    swaps: dict[str, list[str]] = {}
    for read, printed, c in CONFUSIONS:
        if c <= max_cost and read.isalpha() and read.islower() and printed.isalpha():
            swaps.setdefault(read, []).append(printed)
    return swaps


def label_swaps(max_cost: float) -> dict[str, list[str]]:
    """What may have been printed where OCR read each glyph of a folded (lower-case) label,
    at most ``max_cost`` each: the letters of ``letter_swaps``, capitals folded, the marks
    of a number, and the letters digits are read for."""
    swaps: dict[str, list[str]] = {}
    for read, printed, c in CONFUSIONS:
        if c > max_cost or read.isdigit() or printed.isdigit():
            continue
        other = printed.lower()
        if other not in swaps.setdefault(read.lower(), []) and other != read.lower():
            swaps[read.lower()].append(other)
    for read, printed in [*TO_LETTER.items(), ("1", "l")]:
        if printed.lower() not in swaps.setdefault(read, []):
            swaps[read].append(printed.lower())
    return swaps


def word_swaps(max_cost: float) -> dict[str, list[str]]:
    """What may have been printed (letters, lower case) where OCR read each glyph, or pair,
    of a lower-case word, at most ``max_cost`` each: the small letters, digits and marks
    read for a letter ("pcc" for "pce", "S1k" for "Stk"), capitals left out."""
    swaps: dict[str, list[str]] = {}
    for read, printed, c in CONFUSIONS:
        if not read or c > max_cost or not printed.isalpha() or read.isupper():
            continue
        if printed.lower() not in swaps.setdefault(read, []):
            swaps[read].append(printed.lower())
    return swaps


def swaps_in(
    text: str, swaps: Mapping[str, Sequence[str]], widths: Sequence[int] = (1, 2), span: int = 0
) -> Iterator[tuple[int, int, str]]:
    """Each place of ``text`` (its first ``span`` glyphs, 0: all) where one look-alike of
    ``swaps`` (read -> what may have been printed) may be undone, as (where, how many
    glyphs were read, what was printed): by place, the narrower reading first, what was
    printed in the table's order. The one loop every look-alike reader walks."""
    head = text[:span] if span else text
    for i in range(len(head)):
        for size in widths:
            part = head[i : i + size]
            if len(part) != size:
                continue
            for printed in swaps.get(part, ()):
                yield i, size, printed


def variants(
    word: str,
    swaps: Mapping[str, Sequence[str]],
    max_changes: int = 1,
    widths: Sequence[int] = (1, 2),
) -> Iterator[list[str]]:
    """The words ``word`` may have been printed as, one list per number of look-alikes
    undone (1 .. ``max_changes``): each word once, in the first list that reaches it
    (never ``word`` itself), in the order ``swaps_in`` finds them. A caller stops at the
    first list that holds what it looks for: fewer look-alikes are the likelier reading."""
    seen = {word}
    frontier = [word]
    for _ in range(max_changes):
        level: list[str] = []
        for w in frontier:
            for i, size, printed in swaps_in(w, swaps, widths):
                v = w[:i] + printed + w[i + size :]
                if v not in seen:
                    seen.add(v)
                    level.append(v)
        yield level
        frontier = level


def glyph_swaps(max_cost: float) -> dict[str, list[tuple[str, float]]]:
    """What may have been printed (folded lower case) where OCR read each glyph, or pair,
    as read (case kept: a capital's confusions are not a small letter's), at most
    ``max_cost`` each, with its cost; digits read for letters too ("C0MMANDE")."""
    swaps: dict[str, list[tuple[str, float]]] = {}
    for read, printed, c in CONFUSIONS:
        mark = len(read) == 1 and not read.isalnum() and not printed.isalnum()  # '"' for "°"
        if c > max_cost or printed.isdigit() or not (read.isalpha() or read in TO_LETTER or mark):
            continue
        swaps.setdefault(read, []).append((printed.lower(), c))
        # a small letter's look-alike is as often its capital's ("CONFIRMATLON")
        if (
            read.isalpha()
            and read.islower()
            and len(read) == 1
            and all(r != read.upper() or p.lower() != printed.lower() for r, p, _ in CONFUSIONS)
        ):
            swaps.setdefault(read.upper(), []).append((printed.lower(), c))
    return swaps


def lost_glyphs(max_cost: float) -> list[tuple[str, float]]:
    """The glyphs OCR may have read as nothing (a fax's thin strokes), with their cost."""
    return [(printed, c) for read, printed, c in CONFUSIONS if not read and c <= max_cost]


def cost(read: str, printed: str) -> float:
    """What reading ``printed`` where OCR gave ``read`` costs (1.0: not a known confusion)."""
    return 0.0 if read == printed else _COST.get((read, printed), 1.0)


def digit_variants(
    text: str, start: int = 0, max_changes: int = 2, upper_only: bool = True
) -> Iterator[tuple[str, float]]:
    """``text`` with up to ``max_changes`` letters read back as the digits they resemble,
    fewest changes first. Only letter -> digit: a digit -> digit guess would turn a wrongly
    printed number into some other valid one."""
    positions = [
        i
        for i, c in enumerate(text)
        if i >= start and c in TO_DIGIT and (c.isupper() or not upper_only or not c.isalpha())
    ]
    for n in range(1, max_changes + 1):
        for combo in itertools.combinations(positions, n):
            chars = list(text)
            for i in combo:
                chars[i] = TO_DIGIT[chars[i]]
            yield "".join(chars), sum(cost(text[i], chars[i]) for i in combo)


def unique_valid(
    text: str, valid: Callable[[str], bool], start: int = 0, max_changes: int = 2
) -> tuple[str, float] | None:
    """The one variant of ``text`` (fewest changes) that ``valid`` accepts, with its cost;
    None when none or several are valid at that number of changes."""
    found: dict[str, float] = {}
    changes = 0
    for variant, c in digit_variants(text, start, max_changes):
        n = sum(a != b for a, b in zip(variant, text, strict=True))
        if found and n > changes:
            break
        if valid(variant):
            found[variant] = c
            changes = n
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def one_glyph_variants(text: str, start: int = 0) -> Iterator[tuple[str, float]]:
    """``text`` with one character (from ``start``) read as what the table says may have
    been printed there, of the same kind (a digit for a digit, a capital for a capital, a
    letter read for a digit), with its cost."""
    for i in range(start, len(text)):
        ch = text[i]
        for read, printed, c in CONFUSIONS:
            if read != ch or len(printed) != 1:
                continue
            if ch.isdigit() != printed.isdigit() and not (ch.isalpha() and printed.isdigit()):
                continue
            if printed.isalpha() and not printed.isupper():
                continue
            yield text[:i] + printed + text[i + 1 :], c


def unique_one_glyph(
    text: str, valid: Callable[[str], bool], start: int = 0
) -> tuple[str, float] | None:
    """The one variant of ``text`` one glyph away (``one_glyph_variants``) that ``valid``
    accepts, with its cost; None when none or several are: a check digit chooses among the
    look-alikes, it does not invent a number when two of them pass."""
    found = {v: c for v, c in one_glyph_variants(text, start) if valid(v)}
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def confusable_boundaries(text: str) -> int:
    """How many places of ``text`` hold a character at a letter/digit boundary that OCR
    confuses with one of the other kind ("S0" of "SO2604966" may be "SO"): where a read
    identifier is most often wrong without looking wrong."""
    count = 0
    for a, b in itertools.pairwise(text):
        letter_side = (a.isalpha() and b in TO_LETTER) or (a in TO_LETTER and b.isalpha())
        digit_side = (a.isdigit() and b in TO_DIGIT) or (a in TO_DIGIT and b.isdigit())
        count += letter_side or digit_side
    return count

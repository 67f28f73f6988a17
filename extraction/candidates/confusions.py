"""The one table of OCR confusions: what tesseract reads where something else was printed,
and what undoing it costs. Every kind of field draws its variants from here (identifiers
with check digits, postcodes, label words), so a look-alike is learned once.

The cost is the evidence a variant gives up: 0.2 for shapes that are nearly the same glyph
(O/0, l/1), up to 0.5 for looser ones. A variant is only a candidate; what makes it the
value is an independent check (check digits, a known shape, a known label).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

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
    ("rn", "m", 0.3),
    ("ri", "m", 0.4),
    ("cl", "d", 0.4),
    ("vv", "w", 0.4),
)

TO_DIGIT: dict[str, str] = {r: p for r, p, _ in CONFUSIONS if len(r) == 1 and p.isdigit()}
TO_LETTER: dict[str, str] = {r: p for r, p, _ in CONFUSIONS if r.isdigit() and p.isalpha()}
LETTER_PAIRS: dict[str, str] = {r: p for r, p, _ in CONFUSIONS if len(r) == 2}
_COST: dict[tuple[str, str], float] = {(r, p): c for r, p, c in CONFUSIONS}


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

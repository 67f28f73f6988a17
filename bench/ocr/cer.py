"""Character error rate of OCR'd words against the text layer of the born-digital page.

Order-free: engines and layouts disagree on reading order (two columns, a table read
across or down), and an order-sensitive CER would count a moved line as deleted and
inserted. Words read exactly as printed are paired first, then each remaining printed
word with the closest remaining read word (edit distance below its length); what stays
unpaired counts whole, as deleted (printed) or inserted (read). Errors are edits over
printed characters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein


def char_errors(printed: Iterable[str], read: Iterable[str]) -> tuple[int, int]:
    """(edits, printed characters) between two bags of words."""
    want = Counter(w for w in printed if w.strip())
    got = Counter(w for w in read if w.strip())
    total = sum(len(w) * n for w, n in want.items())
    common = want & got
    want -= common
    got -= common
    left = list(got.elements())
    errors = 0
    for word in sorted(want.elements(), key=len, reverse=True):
        best = (
            process.extractOne(word, left, scorer=Levenshtein.distance, score_cutoff=len(word) - 1)
            if left
            else None
        )
        if best is None:
            errors += len(word)
            continue
        errors += int(best[1])
        left.pop(best[2])
    errors += sum(len(w) for w in left)
    return errors, total


def cer(printed: Iterable[str], read: Iterable[str]) -> float:
    errors, total = char_errors(printed, read)
    return errors / total if total else 0.0

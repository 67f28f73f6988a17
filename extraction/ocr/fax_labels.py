"""A fax's labels read again by tesseract, the label lexicon deciding.

RapidOCR reads a fax page whole, and the small bold labels of a fax's header are where it
fails: "At(t/" for "Acct #", "PO)#" for "PO #", "Dute" for "Date", "Tecturé à" for
"Facturé à", while the values beside or under them are read right. The value is then not
taken (no label names it), or a bill-to block is taken for the supplier's (no caption
says whose it is). Tesseract reads those labels right on the same cleaned page (scan20).

A dictionary cannot judge between the two readings ("Dute", "Tecturé" pass for words, and
a dictionary snap turned "Dute" into "Dale"); the label lexicon can, as labels are what
is wanted here: the leading words of a segment that are no label as read, that lie beside
or over a value and look like a label's words (a few glyphs from one), are read again by
tesseract, and its reading is taken only when it makes the segment start with a label
(``labels.match_header_label``, or a party block's caption, ``parties.BLOCKS``) that the
first reading did not. Only those few words are read again, never the page: a fax page is
RapidOCR's time already.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
from rapidfuzz.distance import Levenshtein

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.ocr.tesseract import OcrWord
from extraction.parse.text import fold

# the other engine's words for each crop (tesseract, one line each)
Reader = Callable[[Sequence[np.ndarray]], list[list[OcrWord]]]

# Off: on the 12 unseen B faxes of seed 2311 it changed no field and no row (A, tuned on:
# +1 field of 125) for 0.02-0.08x raw tesseract; bench/ocr ``faxlabels`` turns it on
ON = False
MAX_WORDS = 3  # the leading words of a segment a label may take
MAX_VALUE_WORDS = 4  # words of a value beside its label, at most
MAX_RUNS = 24  # label-like runs read again on a page, at most
# a segment goes on past a gap of at most this many times its words' height
SEGMENT_GAP = 1.2
# a value under a label starts within this many label heights below it
BELOW = 2.6
# glyphs a word as read may be from a label's word (at most half its letters and marks)
MAX_EDITS = 2
_TOKEN = re.compile(r"[a-z]{2,}")


@functools.cache
def _captions() -> frozenset[str]:
    """The words party blocks' captions are written with ("facture", "ship", "to")."""
    from extraction import parties

    return frozenset(w for _kind, p in parties.BLOCK_WORDS for w in _TOKEN.findall(p))


@functools.cache
def _lexicon() -> frozenset[str]:
    """The words labels and party captions are written with (two letters and more)."""
    from extraction import labels

    words = set(_captions())
    for label in [*labels.LABELS, *labels.FOREIGN]:
        words.update(_TOKEN.findall(label.pattern.pattern))
    return frozenset(words)


def is_label(text: str) -> bool:
    """Does ``text`` (a segment) start with a header label or a party block's caption?"""
    from extraction import labels, parties

    folded = fold(text).strip()
    if not folded:
        return False
    if labels.match_header_label(folded) is not None:
        return True
    return any(p.match(folded) for _kind, p in parties.BLOCKS)


# a mark no label prints, which OCR leaves where it misread a glyph ("PO)#", "At(t/")
_JUNK = re.compile(r"[^\w\s:#°.'/&-]")


def _junk(text: str) -> int:
    return len(_JUNK.findall(text))


def _label_like(text: str, lexicon: frozenset[str] | None = None) -> bool:
    """A word as read a few glyphs from a word of the labels (or one of them): a glyph
    misread counts for one, and a mark no label prints is a glyph misread."""
    lexicon = lexicon or _lexicon()
    letters = "".join(c for c in fold(text) if c.isalpha())
    if len(letters) < 2 or len(letters) > 16:
        return False
    if letters in lexicon:
        return True
    limit = min(MAX_EDITS, (len(letters) + _junk(text)) // 2)
    return any(
        abs(len(w) - len(letters)) <= limit
        and Levenshtein.distance(letters, w, score_cutoff=limit) <= limit
        for w in lexicon
    )


def _misread(text: str) -> bool:
    """Does a run as read show a glyph misread: a mark no label prints, or a word of three
    letters or more that is no word of the labels (two letters alone, "FD", "ea", are as
    likely initials or a unit)?"""
    lexicon = _lexicon()
    if _junk(text) > 0:
        return True
    return any(len(t) >= 3 and t not in lexicon for t in _TOKEN.findall(fold(text)))


def _segments(words: Sequence[OcrWord]) -> list[list[int]]:
    """The page's segments: each line's words (``block``: RapidOCR's line) left to right,
    cut where the gap between two words is wide."""
    lines: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        lines.setdefault(w.block, []).append(i)
    out = []
    for line in lines.values():
        line.sort(key=lambda i: words[i].left)
        seg = [line[0]]
        for i in line[1:]:
            prev = words[seg[-1]]
            gap = words[i].left - (prev.left + prev.width)
            if gap > SEGMENT_GAP * max(prev.height, words[i].height):
                out.append(seg)
                seg = [i]
            else:
                seg.append(i)
        out.append(seg)
    return out


def _run(words: Sequence[OcrWord], seg: list[int]) -> list[int]:
    """The segment's leading words a label may be: up to the first with a digit."""
    run = []
    for i in seg[:MAX_WORDS]:
        if any(c.isdigit() for c in words[i].text):
            break
        run.append(i)
    return run


def _box(words: Sequence[OcrWord], run: list[int]) -> tuple[int, int, int, int]:
    left = min(words[i].left for i in run)
    top = min(words[i].top for i in run)
    right = max(words[i].left + words[i].width for i in run)
    bottom = max(words[i].top + words[i].height for i in run)
    return left, top, right, bottom


def _over_a_value(words: Sequence[OcrWord], run: list[int], seg: list[int]) -> bool:
    """Is there a value beside the run (the rest of its segment) or under it (a word
    starting within ``BELOW`` heights below, across the run's columns)? A value has a
    digit (a number, a date, an identifier), but under a party block's caption it is the
    block's first line."""
    caption = any(_label_like(words[i].text, _captions()) for i in run)

    def value(w: OcrWord) -> bool:
        return caption or any(c.isdigit() for c in w.text)

    if any(value(words[i]) for i in seg[len(run) :]):
        return True
    left, top, right, bottom = _box(words, run)
    height = bottom - top
    for w in words:
        if not bottom - height / 3 <= w.top <= bottom + BELOW * height:
            continue
        if w.left <= right + height and w.left + w.width >= left - height and value(w):
            return True
    return False


def candidates(words: Sequence[OcrWord]) -> list[tuple[list[int], list[int]]]:
    """The (run, segment) pairs whose run is to be read again: label-like words leading
    a segment that starts with no label as read, beside or over a value."""
    out = []
    for seg in _segments(words):
        run = _run(words, seg)
        if not run or len(seg) > len(run) + MAX_VALUE_WORDS:
            continue  # a sentence, not a label and its value
        texts = [words[i].text for i in run]
        lettered = [t for t in texts if any(c.isalpha() for c in t)]
        if 2 * sum(_label_like(t) for t in lettered) < len(lettered):
            continue  # most of its words like a label's
        if not _misread(" ".join(texts)):
            continue
        if is_label(" ".join(words[i].text for i in seg)):
            continue
        if _over_a_value(words, run, seg):
            out.append((run, seg))
    out.sort(key=lambda rs: min(words[i].top for i in rs[0]))
    return out[:MAX_RUNS]


def _crop(image: np.ndarray, box: tuple[int, int, int, int]) -> tuple[np.ndarray, int, int]:
    left, top, right, bottom = box
    height = bottom - top
    pad_y, pad_x = max(2, round(0.25 * height)), max(3, round(0.3 * height))
    y0, y1 = max(0, top - pad_y), min(image.shape[0], bottom + pad_y)
    x0, x1 = max(0, left - pad_x), min(image.shape[1], right + pad_x)
    return np.ascontiguousarray(image[y0:y1, x0:x1]), x0, y0


def tesseract_reader(crops: Sequence[np.ndarray]) -> list[list[OcrWord]]:
    """Tesseract's words of each crop, read as one line."""
    from extraction.ocr import tesseract

    return tesseract.read_regions(crops, "eng", psm=7)


def mend(
    image: np.ndarray, words: list[OcrWord], reader: Reader = tesseract_reader
) -> list[OcrWord]:
    """``words`` (RapidOCR's, of a fax page ``image``) with the label-like runs that the
    other engine reads as a label taken in its reading (at most ``UNCONFIRMED_CAP``; the
    first reading kept as each word's alternative when both read as many words)."""
    picked = candidates(words) if ON else []
    if not picked:
        return words
    crops = [_crop(image, _box(words, run)) for run, _seg in picked]
    readings = reader([c for c, _x, _y in crops])
    replaced: dict[int, list[OcrWord]] = {}
    for (run, seg), (_crop_image, x0, y0), read in zip(picked, crops, readings, strict=True):
        again = [
            replace(w, left=w.left + x0, top=w.top + y0)
            for w in read
            if w.text.strip() and not _JUNK.fullmatch(w.text.strip())
        ]
        rest = " ".join(words[i].text for i in seg[len(run) :])
        taken = _whole(words, run, again, rest) or _word_by_word(words, run, again, rest)
        if taken:
            replaced.update(taken)
    out: list[OcrWord] = []
    for i, w in enumerate(words):
        out.extend(replaced.get(i, [w]))
    return out


def _whole(
    words: Sequence[OcrWord], run: list[int], again: list[OcrWord], rest: str
) -> dict[int, list[OcrWord]] | None:
    """The run as the other engine read it, when that reading is a label."""
    first = " ".join(words[i].text for i in run)
    text = " ".join(w.text for w in again)
    if not again or not is_label(f"{text} {rest}".strip()):
        return None
    if Levenshtein.normalized_distance(fold(first), fold(text)) > 0.6:
        return None  # the crop took in something else
    conf = min(UNCONFIRMED_CAP, max(words[i].confidence for i in run))
    # each word its first reading as its alternative when the two split alike
    alike = len(again) == len(run)
    new = [
        replace(
            words[run[0]],
            text=w.text,
            left=w.left,
            top=w.top,
            width=w.width,
            height=w.height,
            confidence=min(conf, w.confidence),
            alternatives=(words[run[k]].text,) if alike else (),
        )
        for k, w in enumerate(again)
    ]
    return {run[0]: new, **{i: [] for i in run[1:]}}


def _word_by_word(
    words: Sequence[OcrWord], run: list[int], again: list[OcrWord], rest: str
) -> dict[int, list[OcrWord]] | None:
    """Each word of the run as either engine read it (the other engine's words over its
    box), the fewest taken from the other engine that make the run a label: each engine
    may misread a different word of one label ("Expected belivery", "I xpected Delivery")."""
    options: list[tuple[str, ...]] = []
    for i in run:
        w = words[i]
        over = [a.text for a in again if w.left <= a.left + a.width / 2 <= w.left + w.width]
        other = "".join(over)
        options.append((w.text, other) if other and other != w.text else (w.text,))
    best: tuple[int, tuple[str, ...]] | None = None
    for choice in itertools.product(*options):
        swaps = sum(c != words[i].text for c, i in zip(choice, run, strict=True))
        if not swaps or (best is not None and swaps >= best[0]):
            continue
        if is_label(" ".join([*choice, rest]).strip()):
            best = (swaps, choice)
    if best is None:
        return None
    return {
        i: [
            replace(
                words[i],
                text=c,
                confidence=min(UNCONFIRMED_CAP, words[i].confidence),
                alternatives=(words[i].text,),
            )
        ]
        for c, i in zip(best[1], run, strict=True)
        if c != words[i].text
    }

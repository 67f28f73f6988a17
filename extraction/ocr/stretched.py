"""Words whose box holds more than their text: the words tesseract left out beside them.

Tesseract sometimes gives a word the box of a whole phrase and the text of its first word
only: on a scan of samples.wild seed 7601 (sidebar_left) the footer's "TVA à 21 %" came
back as "TVA" in a box 165 px wide at 25 px high, where three letters take about 45, and
the rate every line's tax came from was lost (``bench/ocr/row_losses.py``: tax rates
"word dropped" on 20 rows). Such a box is read again by RapidOCR's recogniser; when its
reading holds the word and more, the words of the reading replace it, each given its
share of the box by its characters. The words added are read by one engine only: their
confidence is capped below what auto-accepts (``gaps.ONE_ENGINE_CONFIDENCE``).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import replace

from extraction.ocr import flat_boxes, gaps, overlaps, rapid
from extraction.ocr.preprocess import Gray
from extraction.ocr.tesseract import OcrWord
from extraction.ocr.vote import latin

# a box is stretched when it is wider than its text would be, at the page's median width
# a character, by this factor plus a word's height (a space and a glyph at the least)
STRETCH = 2.0
MIN_SCORE = 0.8  # RapidOCR's readings under this are not taken
MAX_WORDS = 30  # stretched boxes read a page, the widest first


def _char_width(words: Sequence[OcrWord]) -> float | None:
    """The median width a character of the words tesseract is sure of."""
    widths = [w.width / len(w.text) for w in words if len(w.text) >= 4 and w.confidence >= 0.8]
    return statistics.median(widths) if widths else None


def stretched(words: Sequence[OcrWord]) -> list[int]:
    """Indices of the words whose box is much wider than their text, the widest first; a
    box too low to hold text (a rule read as a word, ``flat_boxes``) is none."""
    char = _char_width(words)
    if char is None:
        return []
    flat = flat_boxes.flat(words)
    out = [
        i
        for i, w in enumerate(words)
        if any(c.isalnum() for c in w.text)
        and w.width > STRETCH * char * len(w.text) + w.height
        and i not in flat
    ]
    out.sort(key=lambda i: -(words[i].width - char * len(words[i].text)))
    return out[:MAX_WORDS]


def _split(word: OcrWord, reading: str, score: float) -> list[OcrWord] | None:
    """The words of ``reading`` in ``word``'s box, or None when the reading does not hold
    the word's own text as one of its words and more besides."""
    parts = reading.split()
    if len(parts) < 2 or not latin(reading) or score < MIN_SCORE:
        return None
    own = next((k for k, p in enumerate(parts) if p.casefold() == word.text.casefold()), None)
    if own is None:
        return None
    total = sum(len(p) for p in parts) + len(parts) - 1
    out = []
    at = 0
    for k, part in enumerate(parts):
        left = word.left + round(word.width * at / total)
        width = max(1, round(word.width * len(part) / total))
        at += len(part) + 1
        confidence = word.confidence if k == own else min(score, gaps.ONE_ENGINE_CONFIDENCE)
        out.append(replace(word, text=part, left=left, width=width, confidence=confidence))
    return out


def _read_twice(split: list[OcrWord], word: OcrWord, words: Sequence[OcrWord]) -> bool:
    """Does a word of ``split`` lie on another word read? The box reached into a neighbour
    tesseract read too: its reading would add that word a second time ("Fosse osse",
    seen on seed 7601's scans), so the word stays as read."""
    added = [p for p in split if p.text != word.text]
    return any(
        overlaps.covered(p, other) > 0.3 for p in added for other in words if other is not word
    )


def mend(gray: Gray, words: Sequence[OcrWord]) -> list[OcrWord]:
    """``words`` with each stretched box (``stretched``) replaced by the words RapidOCR
    reads in it, when its reading holds the word tesseract read and more."""
    chosen = stretched(words)
    if not chosen:
        return list(words)
    h, w = gray.shape
    crops = []
    for i in chosen:
        word = words[i]
        pad = max(2, round(0.25 * word.height))
        crops.append(
            gray[
                max(0, word.top - pad) : min(h, word.top + word.height + pad),
                max(0, word.left - pad) : min(w, word.left + word.width + pad),
            ]
        )
    replaced: dict[int, list[OcrWord]] = {}
    for i, (text, score) in zip(chosen, rapid.read_packed(crops), strict=True):
        split = _split(words[i], text, score)
        if split is not None and not _read_twice(split, words[i], words):
            replaced[i] = split
    return [part for i, word in enumerate(words) for part in replaced.get(i, [word])]


_GLUED = re.compile(r"(\d+(?:[.,]\d+)?)[x×]?(\D.*)")


def glued_numbers(words: Sequence[OcrWord]) -> list[OcrWord]:
    """``words`` with the number the second engine read glued before a word tesseract read
    without it ("6forfait" against "forfait": the quantity of a row) put back as a word of
    its own, left of the word. The vote keeps the known word and drops the number with the
    reading it lost to (``vote.choose``); the number, read by one engine only, is capped
    below what auto-accepts."""
    out = list(words)
    for w in words:
        for alt in w.alternatives[:1]:
            m = _GLUED.fullmatch(alt)
            if m is None or m.group(2) != w.text or not any(c.isalpha() for c in w.text):
                continue
            char = w.width / max(1, len(w.text))
            width = max(1, round(char * len(m.group(1))))
            left = max(0, w.left - width - round(char / 2))
            confidence = min(w.confidence, gaps.ONE_ENGINE_CONFIDENCE)
            number = replace(
                w, text=m.group(1), left=left, width=width, confidence=confidence, alternatives=()
            )
            out.append(number)
    return out

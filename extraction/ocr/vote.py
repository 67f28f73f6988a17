"""Two engines, one reading: tesseract reads the page, RapidOCR re-reads the words
tesseract was unsure of, and the readings are combined by voting, with the constraints
the OCR layer can check deciding where they apply.

- The engines agree: the word stands, as sure as the surer engine.
- They disagree: a reading that passes a check the other fails wins (a well-formed amount
  or date against one with a letter in it, a VAT id or IBAN with a valid check digit);
  then a reading that is a known word (``vocabulary.py``: tesseract's dictionaries of the
  OCR languages and the header labels' words) against one that is none ("Invoice"
  against "Involço"), unless the non-word's engine is much the surer; then the surer
  engine, RapidOCR's scores weighed down a little (they run high). The winner's
  confidence is capped: two engines disagreeing is a reason to show a clerk.
- A reading outside the Latin script orderdesk's documents are written in (RapidOCR's
  recogniser also knows Chinese, and reads a smudge, a logo or a box as "口") never
  wins, and is not kept as an alternative either.
- The losing reading is kept on the word (``alternatives``) for extraction, which knows
  more (a column's role, the document's other numbers). Within a row of the page, the
  readings whose quantity x price = total hold are preferred (``row_arithmetic``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation

import numpy as np
from rapidfuzz.distance import Levenshtein
from stdnum import iban as std_iban
from stdnum.eu import vat as std_vat

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.ocr import flat_boxes, rapid, vocabulary
from extraction.ocr.tesseract import OcrWord
from extraction.parse.rates import TAX_WORDS

# tesseract words under this confidence are read again (words at or above it were right
# 99 % of the time on bench/ocr's clean pages)
REREAD_BELOW = 0.85
# ... and so are the words under this that are neither a known word of the languages nor a
# well-formed number, date or id: on a degraded scan tesseract misreads a word it has no
# dictionary for at 0.88-0.93 ("Drehmomentschlissel", "fiir", "HO5VV-F", "pes"), which
# RapidOCR reads right; they come after the unsure words, within the same budget
DOUBT_BELOW = 0.95
# the share of the budget those fairly sure words may take: the unsure words keep the rest.
# A quarter read as many table rows right as a half or the whole on 8 scans of seed 75
# (88.0 % each, bench/ocr --configs combined,doubt25,doubt100), but on a quiet machine it
# took the per-kind table to 2.11x tesseract (rows 78.1 %), over the 2x budget; a tenth
# keeps every non-fax kind under 2x (1.67-1.96x, rows 76.2 % against 71.9 % without)
DOUBT_SHARE = 0.10
RAPID_HANDICAP = 0.05  # RapidOCR's scores, compared with tesseract's confidences
# a known word beats a non-word unless the non-word's engine is surer by more than this
KNOWN_WORD_MARGIN = 0.35
DISAGREED_CONFIDENCE = 0.7
# The re-read's budget is work, not time: the columns RapidOCR's recogniser reads
# (``rapid.recognition_columns``: a crop scaled to the model's 48 px height, padded to at
# least ``rapid.REREAD_REC_WIDTH``), so the words re-read, and the page's reading, are
# the same on any machine under any load. It was CPU seconds measured while reading
# (time.process_time), and the same scan read differently run to run as the machine's
# load changed. A budget of one nominal CPU second buys this many columns: 0.012 s a word
# crop of 320 columns, what a word crop cost on a quiet machine (the estimate the
# measured budget started from; the per-kind table of bench/ocr, 1.67-1.96x raw
# tesseract, was measured with it quiet)
COLUMNS_PER_SECOND = 320 / 0.012
REREAD_BATCH = 24  # crops read per call
# a table row whose quantity x price = total does not close on the first reading (three
# numbers or more, one with decimals, no two multiplying to a third) has a word misread
# that tesseract was sure of, or was read right and is checked so: its words not re-read yet
# (numbers first, then the words no dictionary knows) are read by RapidOCR too, and the
# readings under which the row closes are taken (``row_arithmetic``). At most this share of
# the budget, from what the unsure and doubtful words left. Off: at 0.25 it changed no
# field and no row on 27 scans of samples.wild (seed 1801 families A, 1805 families B:
# rows 98.2 / 74.3 % either way) or on the 11 of shared/realworld-dev, for 0.02-0.09x raw
# tesseract's time a page (bench/ocr ``rows25`` turns it on, scan18)
ROW_SHARE = 0.0

_AMOUNT = re.compile(
    r"^[-+(]?\d{1,3}(?:[ .,\u202f']\d{3})*(?:[.,]\d{1,4})?\)?%?$|^\d+(?:[.,]\d+)?%?$"
)
_DATE = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
_VAT = re.compile(r"^[A-Z]{2}[0-9A-Z]{8,12}$")
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")


def latin(text: str) -> bool:
    """Is ``text`` written with the characters of the documents' languages: Latin letters
    (accents included), digits, punctuation and currency signs, nothing from another
    script? The vote's guard against RapidOCR's readings in Chinese of a smudge."""
    return all(c.isascii() or "\u00a0" <= c <= "\u024f" or c in _LATIN_EXTRA for c in text)


_LATIN_EXTRA = frozenset("€£¥‘’“”„–—…•·°×\u202f\u2009")


def well_formed(text: str) -> bool | None:
    """Does ``text`` pass the checks its shape calls for? None when none applies (a
    plain word): then the check has no vote."""
    t = text.strip(".,:;")
    if not t:
        return None
    if _IBAN.match(t) and t[:2].isalpha():
        if std_iban.is_valid(t):
            return True
        if _VAT.match(t):
            return bool(std_vat.is_valid(t))
        return False
    if _VAT.match(t) and any(c.isdigit() for c in t[2:]):
        return bool(std_vat.is_valid(t))
    m = _DATE.match(t)
    if m:
        return _date_ok(*(int(g) for g in m.groups()))
    digits = sum(c.isdigit() for c in t)
    letters = sum(c.isalpha() for c in t)
    if digits >= 2 and digits >= letters * 2:
        # mostly digits: a number, which a stray letter breaks ("1O,5O", "2S0")
        return bool(_AMOUNT.match(t)) if letters == 0 or t[-1] == "%" else False
    return None


def _date_ok(a: int, b: int, c: int) -> bool:
    year, month, day = (a, b, c) if a > 31 else (c, b, a)
    if year < 100:
        year += 2000
    for d, m in ((day, month), (month, day)):
        try:
            date(year, m, d)
            return True
        except ValueError:
            continue
    return False


def choose(first: OcrWord, second: str, second_score: float, languages: str = "fra+eng") -> OcrWord:
    """One word from tesseract's reading and RapidOCR's reading of the same box."""
    if second and not latin(second):
        return first
    if not second or second == first.text:
        if second == first.text:
            return replace(first, confidence=max(first.confidence, min(second_score, 0.99)))
        return first
    checks = (well_formed(first.text), well_formed(second))
    words = (vocabulary.known(first.text, languages), vocabulary.known(second, languages))
    lead = second_score - RAPID_HANDICAP - first.confidence  # RapidOCR's lead, if positive
    if checks == (True, False):
        pick_second = False
    elif checks == (False, True):
        pick_second = True
    elif words == (True, False) and lead <= KNOWN_WORD_MARGIN:
        pick_second = False
    elif words == (False, True) and -lead <= KNOWN_WORD_MARGIN:
        pick_second = True
    else:
        pick_second = lead > 0
    if pick_second:
        conf = min(second_score, DISAGREED_CONFIDENCE)
        return replace(first, text=second, confidence=conf, alternatives=(first.text,))
    conf = min(first.confidence, DISAGREED_CONFIDENCE)
    return replace(first, confidence=conf, alternatives=(second,))


def _doubtful(w: OcrWord, languages: str) -> bool:
    """A word read fairly sure that nothing vouches for: no known word, no well-formed
    number, date or id (``DOUBT_BELOW``)."""
    if not REREAD_BELOW <= w.confidence < DOUBT_BELOW or not any(c.isalnum() for c in w.text):
        return False
    return vocabulary.known(w.text, languages) is not True and well_formed(w.text) is not True


def _own_part(reading: str, word: str) -> str:
    """The part of a crop's reading that is the word's own: the crop's margin may take in
    a neighbour's character ("3 Riverside" for "Riverside")."""
    if " " not in reading or " " in word:
        return reading
    parts = reading.split()
    return min(parts, key=lambda p: Levenshtein.distance(p, word))


def _crop(image: np.ndarray, w: OcrWord) -> np.ndarray | None:
    pad_y = max(2, round(0.25 * w.height))
    pad_x = max(3, round(0.3 * w.height))
    y0, y1 = max(0, w.top - pad_y), min(image.shape[0], w.top + w.height + pad_y)
    x0, x1 = max(0, w.left - pad_x), min(image.shape[1], w.left + w.width + pad_x)
    if y1 - y0 < 8 or x1 - x0 < 4:
        return None
    return image[y0:y1, x0:x1]


def reread(
    image: np.ndarray,
    words: Sequence[OcrWord],
    budget: float,
    languages: str = "fra+eng",
    packed: bool = False,
) -> list[OcrWord]:
    """``words`` (tesseract's, on ``image``) with the unsure ones re-read by RapidOCR and
    voted on, the least sure words first; at most ``budget`` nominal CPU seconds of it,
    counted in the columns the recogniser reads (``COLUMNS_PER_SECOND``), never in time
    measured, so the same page gets the same words re-read on any machine.
    ``languages``: tesseract's, whose dictionaries say which readings are words.
    ``packed``: the crops read side by side in strips (``rapid.read_packed``), not each
    padded to the recogniser's width: cheaper, but a crop read beside others may read
    a little differently (``pages.BILEVEL_REREAD_PACK``)."""
    crops = _chosen(image, words, budget, languages)
    spent = sum(rapid.recognition_columns(c) for _, c in crops)
    left = min(budget * COLUMNS_PER_SECOND - spent, budget * COLUMNS_PER_SECOND * ROW_SHARE)
    crops += _open_rows(image, words, {i for i, _ in crops}, left, languages)
    out = list(words)
    read = rapid.read_packed if packed else rapid.read_crops
    for start in range(0, len(crops), REREAD_BATCH):
        batch = crops[start : start + REREAD_BATCH]
        readings = read([c for _, c in batch])
        for (i, _crop_image), (text, score) in zip(batch, readings, strict=True):
            out[i] = choose(words[i], _own_part(text, words[i].text), score, languages)
    return percent_rates(row_arithmetic(out)) if crops else out


_PERCENT = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?$")


def percent_rates(words: list[OcrWord]) -> list[OcrWord]:
    """A VAT rate whose "%" one engine lost: in a row led by a tax word ("TVA", "VAT"), a
    number of a rate's shape read without its "%" whose other reading is that number with
    it ("10" and "10%") is read with it. Without it the totals read "TVA 10 499,65" as
    two amounts, and the tax is summed from the lines that show a rate (scan20)."""
    out = list(words)
    for row in _rows(words):
        row = sorted(row, key=lambda i: words[i].left)
        heads = [
            k for k, i in enumerate(row) if vocabulary.fold(words[i].text) in TAX_WORDS
        ]  # a VAT line's head: its rate follows
        if not heads or heads[0] + 1 >= len(row):
            continue
        k = heads[0] + 1  # the word right after the tax word: its rate, if any
        w = words[row[k]]
        after = words[row[k + 1]].text if k + 1 < len(row) else ""
        if not _PERCENT.match(w.text) or after.startswith("%"):
            continue
        with_sign = [a for a in w.alternatives if a.replace(" ", "") == w.text + "%"]
        if with_sign:
            out[row[k]] = replace(w, text=with_sign[0], alternatives=(w.text,))
    return out


def open_rows(words: Sequence[OcrWord]) -> list[list[int]]:
    """The rows (indices left to right) that look like a table row whose arithmetic does
    not close: three numbers or more, one with decimals, no two multiplying to a third."""
    out = []
    for row in _rows(words):
        values = [v for i in row if (v := _number(words[i].text)) is not None]
        if len(values) < 3 or _holds(values) or not any(v != v.to_integral() for v in values):
            continue
        out.append(sorted(row, key=lambda i: words[i].left))
    return out


# the other engine's reading of each of a page's word boxes
Reader = Callable[[np.ndarray, Sequence[OcrWord]], list[str]]
# the numbers of a page's open rows (``open_rows``) the other engine reads, at most: on a
# page RapidOCR read whole (a fax) the other engine is tesseract, a process call per batch
OPEN_ROW_NUMBERS = 40
# the confidence of a number taken because the row's arithmetic closes with it: one engine
# read it, the arithmetic confirms it, nothing else does
CLOSED_CONFIDENCE = UNCONFIRMED_CAP


def close_rows(
    image: np.ndarray,
    words: list[OcrWord],
    reader: Reader,
) -> list[OcrWord]:
    """On a page the first engine read whole: the numbers of its open rows read by the
    other engine (``reader``), and a reading taken only where it makes its row close, and
    is the one choice that does (``row_arithmetic``); every other word as it was."""
    picks = [i for row in open_rows(words) for i in row if _number(words[i].text) is not None]
    picks = picks[:OPEN_ROW_NUMBERS]
    if not picks:
        return words
    trial = list(words)
    for i, text in zip(picks, reader(image, [words[i] for i in picks]), strict=True):
        text = text.strip()
        if text and text != words[i].text and _number(text) is not None:
            trial[i] = replace(words[i], alternatives=(text,))
    mended = row_arithmetic(trial)
    out = list(words)
    for i in picks:
        if mended[i].text != words[i].text:
            conf = min(words[i].confidence, CLOSED_CONFIDENCE)
            out[i] = replace(mended[i], confidence=conf, alternatives=(words[i].text,))
    return out


def _open_rows(
    image: np.ndarray,
    words: Sequence[OcrWord],
    done: set[int],
    columns: float,
    languages: str,
) -> list[tuple[int, np.ndarray]]:
    """The words of the rows whose arithmetic does not close (``ROW_SHARE``) not re-read
    yet, and their crops, within ``columns``: each row's numbers, then its words that no
    dictionary knows; rows in page order, a crop that does not fit passed over."""
    if columns <= 0:
        return []
    flat = flat_boxes.flat(words)
    crops: list[tuple[int, np.ndarray]] = []
    for row in open_rows(words):
        numbers = [i for i in row if _number(words[i].text) is not None]
        unknown = [
            i
            for i in row
            if i not in numbers
            and any(c.isalpha() for c in words[i].text)
            and vocabulary.known(words[i].text, languages) is not True
        ]
        for i in numbers + unknown:
            if i in done or i in flat or not any(c.isalnum() for c in words[i].text):
                continue
            crop = _crop(image, words[i])
            if crop is None:
                continue
            cost = rapid.recognition_columns(crop)
            if cost > columns:
                continue
            columns -= cost
            crops.append((i, crop))
    return crops


def _chosen(
    image: np.ndarray, words: Sequence[OcrWord], budget: float, languages: str
) -> list[tuple[int, np.ndarray]]:
    """The words to re-read and their crops, within ``budget``: the unsure words (under
    ``REREAD_BELOW``) least sure first, then the doubtful ones (``_doubtful``), which take
    at most ``DOUBT_SHARE`` of it. A crop that does not fit what is left is passed over
    for the next, narrower ones. A box too low to hold text (a rule read as a word,
    ``flat_boxes``) is not re-read."""
    flat = flat_boxes.flat(words)
    unsure = sorted(
        (i for i, w in enumerate(words) if w.confidence < REREAD_BELOW and i not in flat),
        key=lambda i: words[i].confidence,
    )
    doubtful = sorted(
        (i for i, w in enumerate(words) if i not in flat and _doubtful(w, languages)),
        key=lambda i: words[i].confidence,
    )
    left = budget * COLUMNS_PER_SECOND
    doubt_left = left * DOUBT_SHARE
    crops: list[tuple[int, np.ndarray]] = []
    fairly_sure = set(doubtful)
    for i in unsure + doubtful:
        if not any(c.isalnum() for c in words[i].text):
            continue
        crop = _crop(image, words[i])
        if crop is None:
            continue
        cost = rapid.recognition_columns(crop)
        if cost > left or (i in fairly_sure and cost > doubt_left):
            continue
        left -= cost
        if i in fairly_sure:
            doubt_left -= cost
        crops.append((i, crop))
    return crops


def _number(text: str) -> Decimal | None:
    """The value of a number as printed; an amount in brackets ("(862.50)", an
    accountant's or a layout's way of setting a line's total apart) by its magnitude."""
    t = text.strip().rstrip("%")
    if t.startswith("(") and t.endswith(")"):
        t = t[1:-1].replace("\u202f", "").replace(" ", "").replace("'", "")
    if not re.fullmatch(r"\d[\d.,]*", t):
        return None
    if "," in t and "." in t:
        t = (
            t.replace(".", "").replace(",", ".")
            if t.rfind(",") > t.rfind(".")
            else t.replace(",", "")
        )
    elif "," in t:
        t = t.replace(",", ".") if len(t) - t.rfind(",") != 4 else t.replace(",", "")
    elif t.count(".") == 1 and len(t) - t.rfind(".") == 4 and len(t) > 4:
        t = t.replace(".", "")  # "1.234": a thousands point (amounts print two decimals)
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def _rows(words: Sequence[OcrWord]) -> list[list[int]]:
    """Indices of ``words`` by visual row: centres within half a word height."""
    order = sorted(range(len(words)), key=lambda i: words[i].top + words[i].height / 2)
    rows: list[list[int]] = []
    centre = -1e9
    for i in order:
        w = words[i]
        c = w.top + w.height / 2
        if rows and abs(c - centre) <= max(4.0, w.height / 2):
            rows[-1].append(i)
        else:
            rows.append([i])
            centre = c
    return rows


def _holds(values: Sequence[Decimal]) -> bool:
    """Some two of the row's numbers multiply to a third (to the cent): qty x price."""
    for a, b in itertools.combinations(range(len(values)), 2):
        product = values[a] * values[b]
        for c in range(len(values)):
            if c not in (a, b) and values[c] and abs(product - values[c]) <= Decimal("0.005"):
                return True
    return False


def row_arithmetic(words: list[OcrWord]) -> list[OcrWord]:
    """In each row with a word read two ways, the readings under which quantity x price
    = total holds, when tesseract's do not and exactly one choice makes it hold."""
    out = list(words)
    for row in _rows(words):
        numeric = [i for i in row if _number(words[i].text) is not None or words[i].alternatives]
        doubtful = [i for i in numeric if words[i].alternatives]
        if len(numeric) < 3 or not doubtful or len(doubtful) > 4:
            continue
        base = {i: _number(words[i].text) for i in numeric}
        if _holds([v for v in base.values() if v is not None]):
            continue
        solutions = []
        for choice in itertools.product(*[(None, *words[i].alternatives) for i in doubtful]):
            if all(c is None for c in choice):
                continue
            values = dict(base)
            for i, alt in zip(doubtful, choice, strict=True):
                if alt is not None:
                    values[i] = _number(alt)
            if _holds([v for v in values.values() if v is not None]):
                solutions.append(choice)
        if len(solutions) != 1:
            continue
        for i, alt in zip(doubtful, solutions[0], strict=True):
            if alt is not None:
                w = words[i]
                out[i] = replace(w, text=alt, alternatives=(w.text,))
    return out


# a reference's pieces split where its separator was ("D 2025 6043" for "D-2025-6043"): a
# fax's hyphen is a pixel row or two at 98 dpi, often lost in the sending, and then no
# engine reads it (tesseract read the crop of that run as "DY20256043")
_PIECE = re.compile(r"[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*")
_PREFIX = re.compile(r"[A-Z]{1,4}")
_SEPARATORS = "-/."


def _reference_gap(a: OcrWord, b: OcrWord) -> bool:
    """Two pieces of a line that may be one reference split where its separator was: close
    (at most a glyph's height apart), both shaped as reference pieces, each side holding a
    digit or one a short capital prefix ("D 2025", "2025 6043", "FA 0412")."""
    gap = b.left - (a.left + a.width)
    if not -2 <= gap <= max(a.height, b.height):
        return False
    if not (_PIECE.fullmatch(a.text) and _PIECE.fullmatch(b.text)):
        return False
    digit_a, digit_b = (any(c.isdigit() for c in w.text) for w in (a, b))
    return (digit_a and digit_b) or (
        (digit_a or digit_b) and bool(_PREFIX.fullmatch(b.text if digit_a else a.text))
    )


def _separator_runs(words: Sequence[OcrWord]) -> list[list[int]]:
    """Chains of two or more pieces of a line, each next to the other (``_reference_gap``)."""
    runs: list[list[int]] = []
    for row in _rows(words):
        row = sorted(row, key=lambda i: words[i].left)
        run = row[:1]
        for i in row[1:]:
            if _reference_gap(words[run[-1]], words[i]):
                run.append(i)
                continue
            if len(run) > 1:
                runs.append(run)
            run = [i]
        if len(run) > 1:
            runs.append(run)
    return runs


def _joined(words: Sequence[OcrWord], part: Sequence[int], sep: str) -> OcrWord:
    """The pieces ``part`` made one word, ``sep`` between them, in one box."""
    first = words[part[0]]
    left = min(words[i].left for i in part)
    top = min(words[i].top for i in part)
    right = max(words[i].left + words[i].width for i in part)
    bottom = max(words[i].top + words[i].height for i in part)
    return replace(
        first,
        text=sep.join(words[i].text for i in part),
        left=left,
        top=top,
        width=right - left,
        height=bottom - top,
        confidence=min(words[i].confidence for i in part),
        alternatives=(" ".join(words[i].text for i in part),),
    )


def lost_separators(words: list[OcrWord]) -> list[OcrWord]:
    """A reference read as pieces where its separators were lost ("D 2025 6043") made one
    again only where the page prints the pieces so joined elsewhere ("D-2025-6043" in its
    footer, the same order number in a line): the longest such part of a run of pieces.
    Without that the pieces stay as read: a space between codes is as common as a
    hyphen, and the sending that lost the hyphen left nothing of it for an engine."""
    runs = _separator_runs(words)
    printed = {w.text for w in words if any(s in w.text for s in _SEPARATORS)}
    if not runs or not printed:
        return words
    joined: dict[int, OcrWord] = {}
    dropped: set[int] = set()
    for run in runs:
        k = 0
        while k < len(run) - 1:
            found = None
            for end in range(len(run), k + 1, -1):
                texts = [words[i].text for i in run[k:end]]
                sep = next((s for s in _SEPARATORS if s.join(texts) in printed), None)
                if sep is not None:
                    found = (end, sep)
                    break
            if found is None:
                k += 1
                continue
            end, sep = found
            joined[run[k]] = _joined(words, run[k:end], sep)
            dropped.update(run[k + 1 : end])
            k = end
    if not joined:
        return words
    return [joined.get(i, w) for i, w in enumerate(words) if i not in dropped]

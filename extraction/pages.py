"""Document bytes -> pages of positioned words, choosing per page the text layer or OCR.

Guards live here because this is where hostile input is first parsed: page-count and
pixel-count limits, encryption, truncation, corrupt images.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageSequence

from extraction import glued_cells, text_layer
from extraction.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    ExtractionError,
    TooLargeError,
    UnsupportedFormatError,
)
from extraction.ocr import (
    cleanup,
    code_column,
    company_forms,
    gaps,
    group_codes,
    overlaps,
    page_image,
    preprocess,
    rapid,
    short_cells,
    stretched,
    tesseract,
    vocabulary,
    vote,
)
from extraction.result import PageResult, Word
from extraction.sniff import Format
from models.settings.extraction import ExtractionSettings

log = logging.getLogger(__name__)
logging.getLogger("pdfminer").setLevel(logging.ERROR)

_NORMAL_CHAR = re.compile(r"[\wÀ-ÿ€$£%°.,;:!?'\"()\[\]/\\&@#*+=<>|_\- ]")
A4_WIDTH_INCH = 8.27


def _text_layer_ok(words: list[Word]) -> bool:
    """Is the PDF text layer real text (not empty, not a broken font encoding)?"""
    text = " ".join(w.text for w in words)
    if len(text.replace(" ", "")) < 15:
        return False
    if text.count("(cid:") > 3:
        return False
    normal = sum(1 for c in text if _NORMAL_CHAR.match(c))
    if normal / len(text) < 0.9:
        return False
    long_words = [w.text for w in words if len(w.text) >= 4 and w.text.isalpha()]
    if long_words:
        vowelless = sum(1 for t in long_words if not re.search(r"[aeiouyàâéèêëîïôûùAEIOUY]", t))
        if vowelless / len(long_words) > 0.4:
            return False
    return True


PageImages = dict[int, tuple[preprocess.Gray, float]]

# scanned pages OCR'd in one tesseract run: bounds the page images waiting in memory
OCR_BATCH = 8


@dataclass
class _Scan:
    """A straightened page image waiting for OCR."""

    number: int
    image: preprocess.Gray
    scale: float  # points per pixel
    size: tuple[float, float] | None = None  # the page's own size in points, when known
    skew: float = 0.0  # degrees the image was turned to straighten it
    fax: bool = False  # a 1-bit page scanned under 250 dpi (cleanup.PageProfile.fax)
    bilevel: bool = False  # a 1-bit page at any resolution (cleanup.PageProfile.bilevel)


def _prepare(
    gray: preprocess.Gray,
    dpi: float,
    number: int,
    size: tuple[float, float] | None = None,
    turned: float = 0.0,
    fax: bool = False,
    bilevel: bool = False,
) -> PageResult | _Scan:
    """Blank test and deskew; a blank page is done here, with no OCR. ``turned``: the
    degrees the clean-up already turned the page to straighten it; ``fax``: a 1-bit page
    under 250 dpi."""
    scale = 72.0 / dpi
    if preprocess.is_blank(gray):
        width, height = size or (gray.shape[1] * scale, gray.shape[0] * scale)
        return PageResult(number=number, text="", source="ocr", width=width, height=height)
    straight, angle = preprocess.deskew(gray)
    return _Scan(
        number, preprocess.invert_bands(straight), scale, size, turned + angle, fax, bilevel
    )


class _InOrder:
    """A document's pages in reading order, the scanned ones OCR'd a batch at a time:
    tesseract then loads its models once per batch, not once per page."""

    def __init__(self, settings: ExtractionSettings, keep: PageImages | None) -> None:
        self.settings, self.keep = settings, keep
        self.pages: list[PageResult | _Scan] = []

    def add(self, page: PageResult | _Scan) -> None:
        self.pages.append(page)
        if sum(isinstance(p, _Scan) for p in self.pages) >= OCR_BATCH:
            self._ocr_waiting()

    def done(self) -> list[PageResult]:
        self._ocr_waiting()
        return [p for p in self.pages if isinstance(p, PageResult)]

    def _ocr_waiting(self) -> None:
        scans = [p for p in self.pages if isinstance(p, _Scan)]
        if not scans:
            return
        words = read_scans([s.image for s in scans], self.settings, [s.fax for s in scans])
        read = iter(
            _ocr_page(s, w, self.settings, self.keep) for s, w in zip(scans, words, strict=True)
        )
        self.pages = [next(read) if isinstance(p, _Scan) else p for p in self.pages]


# the second engine's budget for reading what tesseract skipped (gaps.py), as a share of
# its budget for re-reading the words tesseract was unsure of (vote.py); each is spent only
# on a page that needs it, and the two together keep a page within 2x tesseract's time
GAPS_SHARE = 1.0
# the words tesseract dropped read by the second engine: the lone glyphs of table cells
# ("m", "t", "1" standing apart on a row of words read; short_cells.py) and the words beside
# one whose box holds them ("TVA" for "TVA à 21 %"; stretched.py). bench/ocr ``short0``: off
SHORT_CELLS = True
# a fax page's share of that budget: most of a fax's words are unsure, so the whole budget
# is spent on every fax page. 0.4 cut a fax page from about 3.1x to 2.1x tesseract's time
# but lost 3.2 points of header fields on an untuned fax seed (61.4 -> 58.3 %), still over
# the 2x budget: the whole budget stays until a cheaper fax reading keeps the accuracy
FAX_SHARE = 1.0
# a 1-bit page that is no fax (300 dpi 1-bit scans): tesseract reads most of its words
# unsure, so the re-read spent the whole budget on every such page, and the gaps' as much
# again. On the two such pages of samples.wild seed 12007 (families A; bench/ocr ``bilevelN``,
# the share N/100) half the budget read the same fields and rows (92.0 %, 100 %) at 2.62x raw
# tesseract's CPU time against 2.96x; a quarter lost a row in six (2.39x). Still over 2x:
# tesseract's own read of the cleaned page and extraction are most of what is left.
# Kept at the whole budget (1.0): on the lead's sealed set of unseen scans half the budget
# lost two header fields (a supplier name, a delivery address) for one row, and the page is
# over 2x either way
BILEVEL_SHARE = 1.0
# a 1-bit page that is no fax: its unsure words re-read side by side in strips
# (``rapid.read_packed``) rather than each padded to the recogniser's width. Alone on main
# (bench/ocr ``pack14``, 7 1-bit 300 dpi pages of samples.wild seed 1401) it read one
# page's table (20 rows) that main missed, at 4.33x -> 3.78x; but a word read beside
# others reads differently from the same word read alone (ocr7 found several worse: a
# last glyph lost, '41,25m' -> '41,25'), so what it does to rows goes with the page, and
# once the flat boxes and the native blur are gone it saves little (2.72x -> 2.49x). On
# the 6 such pages of seed 1402 (families B, unseen) it lost 9 of 41 rows (65.9 -> 43.9 %),
# as speed13 lost fresh scan rows with it. Off
BILEVEL_REREAD_PACK = False
# a page RapidOCR read whole: the numbers of its rows whose arithmetic does not close read
# again by tesseract, the row's arithmetic deciding (vote.close_rows; bench/ocr ``close0``)
CLOSE_ROWS = True
# a fax's references re-joined where their separators were lost (vote.lost_separators)
JOIN_SEPARATORS = True
# a fax line's words as high as its ink, not as RapidOCR's grown detection box (ink_lines)
FAX_INK_BOXES = True


# the share of a fax line's box width a row's ink must cover to be a rule, not text: a
# line of text inks at most about half of a row's pixels (the gaps between its glyphs and
# words), a rule nearly all of them
RULE_ROW = 0.75


def _ink_runs(inked: np.ndarray) -> list[tuple[int, int]]:
    """The runs (first, last row) of rows holding some ink."""
    runs: list[tuple[int, int]] = []
    start = None
    for row, count in enumerate(inked.tolist()):
        if count and start is None:
            start = row
        elif not count and start is not None:
            runs.append((start, row - 1))
            start = None
    if start is not None:
        runs.append((start, len(inked) - 1))
    return runs


def ink_lines(image: np.ndarray, words: list[tesseract.OcrWord]) -> list[tesseract.OcrWord]:
    """The words of each line RapidOCR found on a fax page, as high as the line's ink.

    Its detection box is grown around the line (``FAX_UNCLIP``) and its words take the
    box's height: 51 px for a line whose digits stand 25 px. The layout tells a column's
    gap from a word space by the words' height (``layout._gap_limit``), so two cells a
    column gap apart (a quantity and the code beside it) read as one phrase on a fax and
    apart on the born-digital page. The line's ink rows are the run of inked pixel rows
    holding the most ink inside its box: a neighbour line's ink the box reaches is cut off
    by the blank row between them, a ruled cell's sides (inked in most rows) and its top
    and bottom rules (most of a row, ``RULE_ROW``) are not counted; a run under a third of
    the box (a speck) is left as it was."""
    lines: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        lines.setdefault(w.block, []).append(i)
    out = list(words)
    for members in lines.values():
        top = max(0, min(words[i].top for i in members))
        bottom = min(image.shape[0], max(words[i].top + words[i].height for i in members))
        left = max(0, min(words[i].left for i in members))
        right = min(image.shape[1], max(words[i].left + words[i].width for i in members))
        if bottom - top < 4 or right - left < 4:
            continue
        ink = image[top:bottom, left:right] < 128
        # a cell's ruled side inside the box inks every row: not the line's ink
        ink = ink[:, ink.mean(axis=0) < 0.8]
        inked = ink.sum(axis=1)
        if not inked.size:
            continue
        # a ruled cell's top or bottom rule inks most of a row: it was the line's most
        # inked row and joined the text to the rule and past it (a boxed head's label 14
        # px high beside the 9 of its neighbour line: the two read as one row). A rule a
        # page's skew spreads over rows leaves rows partly inked beside it, so the line is
        # the run of inked rows holding the most ink, not the run through the top row
        inked[inked >= RULE_ROW * ink.shape[1]] = 0
        runs = _ink_runs(inked)
        if not runs:
            continue
        first, last = max(runs, key=lambda run: int(inked[run[0] : run[1] + 1].sum()))
        if last + 1 - first < (bottom - top) / 3:
            continue
        for i in members:
            out[i] = replace(words[i], top=top + first, height=last + 1 - first)
    return out


def second_engine(settings: ExtractionSettings) -> bool:
    """Is a second engine to re-read what tesseract was unsure of?"""
    if settings.second_engine == "none" or settings.ocr_engine == "rapidocr":
        return False
    return settings.second_engine == "rapidocr" or rapid.installed()


def rapid_reads(settings: ExtractionSettings, fax: bool) -> bool:
    """Does RapidOCR read this page whole (rather than tesseract)? Every page when it is
    the page engine; a fax page when it is the fax engine (``fax_engine``); any other
    scanned page when ``SCAN_ENGINE`` says so and the second engine is on."""
    if settings.ocr_engine == "rapidocr":
        return True
    if not fax:
        return SCAN_ENGINE == "rapidocr" and second_engine(settings)
    if settings.fax_engine == "tesseract":
        return False
    return settings.fax_engine == "rapidocr" or rapid.installed()


# the engine that reads a scanned page that is no fax, when the second engine is on.
# RapidOCR reading such pages whole (detection at 1280 px) read 3.5 points more table rows
# but 3.2 fewer header fields, at 2.8x raw tesseract's CPU time (2.4x with lines padded to
# 192 px) against the combination's 2.05x, on 16 scans of samples.wild seed 75 (bench/ocr
# --configs combined,scan,scan1280_192): recognition is most of its time, and detection at
# any size leaves it over the 2x budget. Tesseract stays; the route is kept for the bench
SCAN_ENGINE = "tesseract"
# RapidOCR's detection size and recognition width on such a page (None: its own)
SCAN_DETECT_SIDE: int | None = 1280
SCAN_REC_WIDTH: int | None = None


# RapidOCR finds a fax page's text lines on a copy of at most this many pixels a side:
# its default (the page up to 2000 px) costs half again as much CPU and finds no more on
# a fax's upscaled 98 dpi rows; the lines are still read at the page's resolution. 960
# saves about half a CPU second a page but loses small lines: table rows on 14 faxes of
# seed 72 fell from 31.5 to 19.6 % right
FAX_DETECT_SIDE = 1280
# the narrowest a fax line is padded to for recognition (rapid.page_words): RapidOCR's own
# 320 px. A fax's detection finds many short cells, each padded to 320, and that padding is
# about 45 % of the recognition's columns; 96 cut a fax page from 2.32x to 1.70x raw
# tesseract's CPU time and read header fields as well (72.6 -> 73.4 %), but lost a quarter
# of the table rows (32.8 -> 25.0 %: short numeric cells misread) on 40 faxes of seed 72
# (bench/ocr --configs combined320,combined). Kept a setting of the route to try 160-240
# 240 px, one line a run (FAX_REC_BATCH): bench/ocr's fax pages were at 2.28-2.41x raw
# tesseract with 320 px in runs of 6 (padding a third of the columns recognised: 100k for
# 68k real on its two fax documents); 240 px one a run took 2 heldout faxes and 6 of the
# tuned seed 403 from 2.28x to 1.91x in one run, fields 68.9 -> 69.9 %, rows 25.5 -> 26.3 %
# (192 px in runs of 6: 1.85x, rows 24.8 %; 192 px one a run: fields 67.0 %)
FAX_REC_WIDTH = 240
# the fax lines recognised in one run of the model, each padded to the widest of its run
# (None: RapidOCR's 6, the lines sorted by width)
FAX_REC_BATCH: int | None = 1
# the fax lines narrower than FAX_REC_WIDTH read side by side in strips of at most this
# many pixels (rapid._Packed), instead of each padded to that width; None: each alone.
# The recogniser's cost a column is least at 480-640 px (a 240 px run costs 22 ms, 480 px
# 32 ms, 960 px 67 ms: it grows faster than the width past that); a fax page's short
# cells are about two thirds of its lines. 640 took 20 faxes of samples.wild seed 5501
# (families A) from 1.93x to 1.84x raw tesseract, fields 90.7 -> 91.1 %, rows the same
# (bench/ocr --configs pack0,pack640)
FAX_REC_PACK: int | None = 640
# a fax page's lines found only in the bands of it that hold ink (rapid._Banded): the
# detector's time goes with the pixels it is given, and a page's margins and the white
# between its blocks cost as much as its text (issue 23, fax10; bench/ocr config ``bands0``)
FAX_DETECT_BANDS = True
# a fax page's size (pixels a side) when its lines are cut out to be read: RapidOCR brings
# a page to 2000 px first, so the lines of a fax the clean-up made 300 dpi (3508 px high)
# were cut from a 170 dpi copy and scaled up again to the recogniser's 48 px; 3600 cuts
# them from the cleaned page itself. On 6 faxes of samples.wild seed 10101 (families A),
# fields 83.1 -> 84.5 %, rows 28.3 -> 71.7 % (bench/ocr --configs combined,faxread3600).
# Off by default: together with FAX_UNCLIP it lost rows on the lead's unseen scans (fresh
# set, 30 scans: rows 124 -> 119 with both, 126 with FAX_UNCLIP alone, 127 with this alone
# but one document type lost); ``faxread3600`` in bench/ocr turns it on to measure again
FAX_READ_SIDE: int | None = None
# how much RapidOCR's detector grows a fax line's region around its core (its model's
# 1.6): a fax's lines are set close (98 dpi rows upscaled), and grown by 1.6 a line's box
# reached into the lines above and below, so a table row's cells did not line up with
# each other. 1.4 on the same 6 faxes: rows 28.3 -> 83.3 %, fields the same (unclip14)
FAX_UNCLIP: float | None = 1.4


def read_scans(
    images: list[preprocess.Gray], settings: ExtractionSettings, faxes: list[bool] | None = None
) -> list[list[tesseract.OcrWord]]:
    """The words of each cleaned page image, by the engines the settings choose."""
    faxes = faxes or [False] * len(images)
    rapid_pages = [rapid_reads(settings, fax) for fax in faxes]
    # one tesseract run for the pages it reads; the second engine re-reads them once each
    # page's orientation is settled (_ocr_page)
    by_tesseract = iter(
        tesseract.images_to_words(
            [im for im, r in zip(images, rapid_pages, strict=True) if not r],
            settings.ocr_languages,
        )
    )
    return [
        (
            rapid.page_words(
                im,
                FAX_DETECT_SIDE,
                FAX_REC_WIDTH,
                FAX_REC_BATCH,
                FAX_REC_PACK,
                FAX_DETECT_BANDS,
                FAX_READ_SIDE,
                FAX_UNCLIP,
            )
            if fax
            else rapid.page_words(im, SCAN_DETECT_SIDE, SCAN_REC_WIDTH)
            if settings.ocr_engine != "rapidocr"
            else rapid.page_words(im)
        )
        if r
        else next(by_tesseract)
        for im, r, fax in zip(images, rapid_pages, faxes, strict=True)
    ]


def _ocr_page(
    scan: _Scan,
    words: list[tesseract.OcrWord],
    settings: ExtractionSettings,
    keep: PageImages | None,
) -> PageResult:
    """A page from its words; OSD only when the first read is poor."""
    straight, scale = scan.image, scan.scale
    height, width = (n * scale for n in straight.shape)
    turn = 0
    if _poor(words):
        rotate = tesseract.orientation(straight)
        if rotate:
            turned = np.ascontiguousarray(np.rot90(straight, -rotate // 90))  # clockwise
            again = tesseract.image_to_words(turned, settings.ocr_languages)
            if _quality(again) > _quality(words):
                words, straight, turn = again, turned, rotate
    if scan.size:
        width, height = scan.size
    # tesseract may read a line twice on a degraded page (overlaps.py)
    words = overlaps.one_per_place(words)
    if FAX_INK_BOXES and scan.fax and rapid_reads(settings, scan.fax):
        words = ink_lines(straight, words)
    if second_engine(settings) and not rapid_reads(settings, scan.fax):
        share = FAX_SHARE if scan.fax else BILEVEL_SHARE if scan.bilevel else 1.0
        budget = settings.second_engine_budget * share
        packed = BILEVEL_REREAD_PACK and scan.bilevel
        words = vote.reread(straight, words, budget, settings.ocr_languages, packed)
        words = gaps.fill(straight, words, budget * GAPS_SHARE)
        if SHORT_CELLS:
            words = stretched.glued_numbers(words)
            words = stretched.mend(straight, words)
            words = short_cells.read(straight, words)
    # a glyph or two misread in a word ('livralson', 'Stroot'): the known word it is
    words = vocabulary.mend_words(words, settings.ocr_languages, every=scan.fax)
    # a legal form ending a name read a glyph off ('SARI', 'Ine.'): the form (company_forms.py)
    words = company_forms.mend(words, every=scan.fax)
    # a code read off its column's shape ('BO1908B' among 'CAB2035D's): the other engine
    # reads it again, the column deciding (code_column.py)
    if rapid_reads(settings, scan.fax):
        reader: code_column.Reader | None = code_column.tesseract_reader
    else:
        reader = code_column.rapid_reader if second_engine(settings) else None
    words = code_column.mend_codes(words, straight, reader)
    # a page RapidOCR read whole (a fax): the numbers of a row whose quantity x price =
    # total does not close read by tesseract too, the arithmetic deciding (vote.close_rows)
    if reader is code_column.tesseract_reader and CLOSE_ROWS:
        words = vote.close_rows(straight, words, reader)
    # a page RapidOCR read whole (a fax): a reference's pieces split where a separator too
    # thin for the sending was ("D 2025 6043"), joined where the page prints them joined
    # elsewhere (vote.lost_separators)
    if reader is code_column.tesseract_reader and JOIN_SEPARATORS:
        words = vote.lost_separators(words)
    # a digit-group code off its column's shape ('29,29.53' among '71.75.80's)
    words = group_codes.mend(words)
    words = [w for w in words if _real_word(w)]
    if keep is not None:
        keep[scan.number] = (straight, scale)
    page_words = [_in_points(w, scale) for w in words]
    text = " ".join(w.text for w in page_words)
    return PageResult(
        number=scan.number,
        text=text,
        source="ocr",
        width=width,
        height=height,
        words=page_words,
        skew=scan.skew,
        turn=turn,
    )


def _in_points(w: tesseract.OcrWord, scale: float, dx: int = 0, dy: int = 0) -> Word:
    """An OCR word of an image (or of a crop of it at ``dx``, ``dy``) in page points."""
    return Word(
        text=w.text,
        source="ocr",
        bbox=(
            round((w.left + dx) * scale, 2),
            round((w.top + dy) * scale, 2),
            round((w.left + w.width + dx) * scale, 2),
            round((w.top + w.height + dy) * scale, 2),
        ),
        confidence=round(w.confidence, 3),
        alternatives=w.alternatives,
    )


# a dash OCR is sure of, as wide as two strokes are thick or more: a dash is no taller
# than its stroke ("76.12.88 - Câble": 10 x 3 px at 300 dpi, read at 0.89-0.93), so the
# speck test below, made on height, would drop it and glue the code to its description
DASH_CONFIDENCE = 0.8
_DASHES = frozenset({"-", "–", "—"})


def _dash(w: tesseract.OcrWord) -> bool:
    """A dash between words, whatever its height: wide, flat and read with confidence."""
    return (
        w.text in _DASHES
        and w.confidence >= DASH_CONFIDENCE
        and w.width >= 6
        and w.height >= 2
        and w.width >= 2 * w.height
    )


def _real_word(w: tesseract.OcrWord) -> bool:
    """Drop specks OCR reads as punctuation: tiny boxes or unsure non-alphanumerics."""
    if _dash(w):
        return True
    if w.height < 6 or w.width < 3:
        return any(c.isalnum() for c in w.text) and w.height >= 4
    if not any(c.isalnum() for c in w.text):
        # the sign may carry the punctuation after it ("2 %, 30 jours net": "%,")
        sign = w.text if len(w.text) == 1 else w.text.rstrip(",;.:)")
        return w.confidence >= 0.3 and sign in (
            ":",
            "-",
            "–",
            "—",
            "€",
            "$",
            "£",
            "%",
            "&",
            "#",
            "/",
            "°",
        )
    # specks of a noisy scan read as "a", "oe"
    return not (len(w.text) <= 2 and w.confidence < 0.45)


# a "1" inferred from the shape of a stroke OCR did not read as a digit: a clerk confirms it
LONE_ONE_CONFIDENCE = 0.5
_STROKES = frozenset({"1", "l", "I", "|", "!", "[", "]"})


def _digit_height(words: list[tesseract.OcrWord]) -> float | None:
    """The median height of the numbers read, a doubtful lone "1" aside."""
    heights = sorted(w.height for w in words if w.text[0].isdigit() and w.text != "1")
    return float(heights[len(heights) // 2]) if heights else None


def _lone_one(
    w: tesseract.OcrWord, others: list[tesseract.OcrWord], digit_height: float | None
) -> bool:
    """A "1" opening a cell in a serif face ("1", "1 drum", the "1 " of "1 518,12") comes
    back from tesseract as "l", "|" or a "1" it doubts: an upright stroke as tall as the
    digits, first on its line (after a number it may be a unit: "5 l")."""
    if w.text not in _STROKES or digit_height is None:
        return False
    if not (
        0.8 * digit_height <= w.height <= 1.25 * digit_height and w.width <= 0.6 * digit_height
    ):
        return False
    top, bottom = w.top, w.top + w.height
    return not any(
        m is not w
        and m.left < w.left
        and min(bottom, m.top + m.height) - max(top, m.top) > w.height / 2
        for m in others
    )


def _quality(words: list[tesseract.OcrWord]) -> float:
    good = [w for w in words if len(w.text) >= 3 and w.confidence >= 0.6]
    return float(len(good))


def _poor(words: list[tesseract.OcrWord]) -> bool:
    if len(words) < 8:
        return True
    mean = sum(w.confidence for w in words) / len(words)
    return mean < 0.55


def _check_pdf_bytes(data: bytes) -> None:
    if b"%%EOF" not in data[-2048:]:
        raise CorruptDocumentError("the PDF is truncated (no end-of-file marker)")


def _without_owner_password(data: bytes) -> bytes:
    """The same PDF decrypted with the empty user password (unchanged if that fails)."""
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(io.BytesIO(data))
        if not reader.is_encrypted or not reader.decrypt(""):
            return data
        writer = PdfWriter(clone_from=reader)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except Exception as exc:  # pypdf cannot rewrite it: let pdfminer try the original
        log.warning("could not remove the owner password (%s); reading as is", exc)
        return data


def read_pdf(
    data: bytes, settings: ExtractionSettings, keep: PageImages | None = None
) -> list[PageResult]:
    _check_pdf_bytes(data)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedDocumentError(
                "the PDF is encrypted with a password; ask the sender for an unprotected copy"
            ) from exc
        raise CorruptDocumentError(f"the PDF cannot be opened: {exc}") from exc
    if b"/Encrypt" in data:
        # pdfium opened it, so there is no user password: only an owner password restricts
        # printing or copying. pdfminer trips on some of these, so read a decrypted copy.
        data = _without_owner_password(data)
    try:
        count = len(pdf)
        if count == 0:
            raise CorruptDocumentError("the PDF has no pages")
        if count > settings.max_pages:
            raise TooLargeError(
                f"the PDF has {count} pages; the limit is {settings.max_pages} "
                "(a batch of several documents? split it)"
            )
        pages = _InOrder(settings, keep)
        try:
            plumber = pdfplumber.open(io.BytesIO(data))
        except Exception as exc:  # pdfminer raises many unrelated types on bad input
            raise CorruptDocumentError(f"the PDF structure is damaged: {exc}") from exc
        fast = text_layer.document_covered(data)
        type3 = b"/Type3" in data
        with plumber:
            for index in range(count):
                pages.add(_read_pdf_page(plumber, pdf, index, settings, fast, type3))
        return pages.done()
    finally:
        pdf.close()


def _pdfium_words(
    plumber: pdfplumber.PDF, pdf: pdfium.PdfDocument, index: int, type3: bool
) -> tuple[list[Word], float, float] | None:
    """The page's words as pdfplumber's ``extract_words`` gives them, read by pdfium
    (text_layer.py); None when that reading does not cover the page or finds no usable
    text, and pdfplumber reads it. ``type3``: the document has Type3 fonts, whose metrics
    pdfminer gives (from the page's resources, no content parsed)."""
    descent: float | None = 0.0
    if type3:
        try:
            descent = text_layer.type3_descent(plumber.pages[index].page_obj.resources)
        except Exception as exc:  # pdfminer raises many unrelated types on bad input
            log.debug("Type3 fonts of page %d unreadable (%s)", index + 1, exc)
            descent = None
    try:
        read = text_layer.page_chars(pdf[index], descent)
    except pdfium.PdfiumError as exc:
        log.debug("pdfium cannot read the text of page %d (%s)", index + 1, exc)
        return None
    if read is None:
        return None
    chars, width, height = read
    read_words = glued_cells.split_glued(text_layer.words(chars), text_layer.merge_chars)
    words = [_plumber_word(w) for w in read_words]
    return (words, width, height) if _text_layer_ok(words) else None


def _plumber_word(w: dict[str, object]) -> Word:
    return Word(
        text=str(w["text"]),
        bbox=(
            round(float(w["x0"]), 2),  # type: ignore[arg-type]
            round(float(w["top"]), 2),  # type: ignore[arg-type]
            round(float(w["x1"]), 2),  # type: ignore[arg-type]
            round(float(w["bottom"]), 2),  # type: ignore[arg-type]
        ),
    )


def _read_pdf_page(
    plumber: pdfplumber.PDF,
    pdf: pdfium.PdfDocument,
    index: int,
    settings: ExtractionSettings,
    fast: bool = True,
    type3: bool = False,
) -> PageResult | _Scan:
    words: list[Word] = []
    width = height = 0.0
    read = _pdfium_words(plumber, pdf, index, type3) if fast else None
    if read is not None:
        words, width, height = read
        text = " ".join(w.text for w in words)
        return PageResult(
            number=index + 1, text=text, source="text", width=width, height=height, words=words
        )
    try:
        page = plumber.pages[index]
        width, height = float(page.width), float(page.height)
        words = [
            _plumber_word(w)
            for w in glued_cells.split_glued(
                page.extract_words(
                    x_tolerance=text_layer.X_TOLERANCE,
                    y_tolerance=text_layer.Y_TOLERANCE,
                    keep_blank_chars=False,
                    return_chars=True,
                ),
                text_layer.merge_chars,
            )
        ]
    except ExtractionError:
        raise
    except Exception as exc:  # a broken content stream: fall back to OCR of the rendering
        log.warning("text layer of page %d unreadable (%s); using OCR", index + 1, exc)
        words = []
    if _text_layer_ok(words):
        text = " ".join(w.text for w in words)
        return PageResult(
            number=index + 1, text=text, source="text", width=width, height=height, words=words
        )
    size = (width, height) if width and height else None
    limit = settings.max_image_pixels
    fax = page_image.non_square_scan(pdf[index], limit) if settings.page_cleanup else None
    if fax is not None:
        # a fax sent as PDF: the clean-up makes its pixels square from the scan itself
        gray, dpi_x, dpi_y = fax
        if preprocess.is_blank(gray):
            return _prepare(gray, dpi_x, index + 1, size)
        image, dpi, turned, fax_page, bilevel = _cleaned(gray, dpi_x, dpi_y, limit, photo=False)
        return _prepare(image, dpi, index + 1, size, turned, fax_page, bilevel)
    render_dpi = settings.ocr_dpi
    native = page_image.scan_dpi(pdf[index]) if settings.page_cleanup else None
    if native is not None and native < render_dpi:
        # the clean-up upscales a low-resolution scan better than pdfium's stretch does
        render_dpi = max(72, round(native))
    try:
        image = page_image.render_page(pdf, index, render_dpi, settings.max_image_pixels)
    except pdfium.PdfiumError as exc:
        raise CorruptDocumentError(f"page {index + 1} cannot be rendered: {exc}") from exc
    dpi = image.shape[1] / (pdf[index].get_size()[0] / 72)
    turned, fax_page, bilevel = 0.0, False, False
    if settings.page_cleanup and not preprocess.is_blank(image):
        image, dpi, turned, fax_page, bilevel = _cleaned(
            image, dpi, dpi, settings.max_image_pixels, photo=False
        )
    return _prepare(image, dpi, index + 1, size, turned, fax_page, bilevel)


def _frames(image: Image.Image) -> Iterator[Image.Image]:
    yield from ImageSequence.Iterator(image)


def _dpi_of(image: Image.Image) -> tuple[float, float]:
    """The frame's resolution, horizontal and vertical (a fax's differ: 204 x 98 dpi).

    A recorded resolution that would make the page wider than A3 is not believed: phones
    write 72 dpi whatever they photographed. Then, as when none is recorded, the image is
    taken to span an A4 page's width."""
    dpi = image.info.get("dpi")
    guess = max(72.0, image.width / A4_WIDTH_INCH)
    if isinstance(dpi, tuple) and dpi and float(dpi[0]) >= 50:
        dpi_x = float(dpi[0])
        dpi_y = float(dpi[1]) if len(dpi) > 1 and float(dpi[1]) >= 30 else dpi_x
        if image.width / dpi_x <= MAX_WIDTH_INCH:
            return dpi_x, dpi_y
    return guess, guess


MAX_WIDTH_INCH = 17.0  # A3 landscape is 16.5 in wide


def frame_native(frame: Image.Image) -> tuple[preprocess.Gray, float, float]:
    """One frame of an image file as a grey image, at its own resolution (x and y)."""
    dpi_x, dpi_y = _dpi_of(frame)
    frame.load()
    gray = np.asarray(frame) if frame.mode == "L" else preprocess.to_gray(frame)
    return np.ascontiguousarray(gray, dtype=np.uint8), dpi_x, dpi_y


def frame_image(frame: Image.Image, limit: int) -> tuple[preprocess.Gray, float]:
    """One frame of an image file as the grey page image OCR reads without clean-up, and
    its resolution: a scan under 250 dpi is brought to 300 (each axis: fax pixels are not
    square) when that stays within ``limit`` pixels."""
    gray, dpi_x, dpi_y = frame_native(frame)
    h, w = gray.shape
    fx, fy = max(1.0, 300 / dpi_x), max(1.0, 300 / dpi_y)
    if min(dpi_x, dpi_y) < 250 and w * h * fx * fy <= limit:
        page_img = Image.fromarray(gray).resize(
            (round(w * fx), round(h * fy)), Image.Resampling.BICUBIC
        )
        return np.asarray(page_img), dpi_x * fx
    return gray, dpi_x


def _cleaned(
    gray: preprocess.Gray, dpi_x: float, dpi_y: float, limit: int, photo: bool
) -> tuple[preprocess.Gray, float, float, bool, bool]:
    """The page after the clean-up it calls for (cleanup.py), within the pixel limit; its
    resolution, the degrees the clean-up turned it to straighten it, whether it was a fax
    (1-bit, under 250 dpi) and whether it was 1-bit at all."""
    h, w = gray.shape
    if w * h * (300 / dpi_x) * (300 / dpi_y) > limit:
        dpi_x = dpi_y = max(dpi_x, dpi_y, 300.0)  # no upscaling past the limit
    done = cleanup.clean_page(gray, dpi_x, dpi_y, photo=photo)
    log.debug("page clean-up: %s", ", ".join(done.steps) or "none")
    fax, bilevel = (done.profile.fax, done.profile.bilevel) if done.profile else (False, False)
    return done.image, done.dpi, done.skew, fax, bilevel


def read_image(
    data: bytes, fmt: Format, settings: ExtractionSettings, keep: PageImages | None = None
) -> list[PageResult]:
    limit = settings.max_image_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise TooLargeError(f"the image is too large to read safely: {exc}") from exc
    except Exception as exc:
        raise CorruptDocumentError(f"the image cannot be read: {exc}") from exc
    if image.format not in ("PNG", "JPEG", "TIFF", "MPO"):
        raise UnsupportedFormatError(f"unsupported image format {image.format}")
    n_frames = int(getattr(image, "n_frames", 1))
    if n_frames > settings.max_pages:
        raise TooLargeError(f"the image has {n_frames} pages; the limit is {settings.max_pages}")
    pages = _InOrder(settings, keep)
    try:
        for number, frame in enumerate(_frames(image), start=1):
            w, h = frame.size
            if w * h > limit:
                raise TooLargeError(
                    f"page {number} is {w}x{h} pixels, above the {limit} pixel limit "
                    "(decompression-bomb guard)"
                )
            if w < 16 or h < 16:
                raise CorruptDocumentError(f"page {number} is only {w}x{h} pixels")
            if settings.page_cleanup:
                native, dpi_x, dpi_y = frame_native(frame)
                if preprocess.is_blank(native):
                    pages.add(_prepare(native, dpi_x, number))
                    continue
                cleaned, dpi, turned, fax_page, bilevel = _cleaned(
                    native, dpi_x, dpi_y, limit, photo=True
                )
                pages.add(
                    _prepare(cleaned, dpi, number, turned=turned, fax=fax_page, bilevel=bilevel)
                )
            else:
                pages.add(_prepare(*frame_image(frame, limit), number))
        return pages.done()
    except ExtractionError:
        raise
    except Exception as exc:
        raise CorruptDocumentError(f"the image data is damaged: {exc}") from exc


def region_reader(
    keep: PageImages, settings: ExtractionSettings
) -> Callable[
    [int, list[tuple[float, float, float, float]], list[bool], list[tuple[float, float]]],
    list[Word],
]:
    """OCR again regions of an OCR'd page (in points), each as a block of text, in one run.

    Used on a table's quantity, unit and amount columns: out of the page's context tesseract
    reads the short cells ("1", "m", the "1 " of "1 518,12") a whole-page pass tends to drop.
    ``numeric`` says which regions hold only numbers, where a lone upright stroke is a "1".
    Only the ``bands`` of rows (top, bottom in points) are read; the rest of each region is
    blanked, as tesseract's time goes with the text it recognises.
    """

    def read(
        page: int,
        boxes: list[tuple[float, float, float, float]],
        numeric: list[bool],
        bands: list[tuple[float, float]],
    ) -> list[Word]:
        if page not in keep or not bands:
            return []
        image, scale = keep[page]
        rows = [(round(top / scale), round(bottom / scale)) for top, bottom in bands]
        crops: list[tuple[int, int, bool, preprocess.Gray]] = []
        for box, digits in zip(boxes, numeric, strict=True):
            x0, y0, x1, y1 = (round(v / scale) for v in box)
            x0, y0 = max(0, x0 - 6), max(0, y0, min(t for t, _b in rows))
            x1, y1 = min(image.shape[1], x1 + 6), min(image.shape[0], y1, max(b for _t, b in rows))
            if x1 - x0 >= 8 and y1 - y0 >= 8:
                crop = preprocess.clean_region(image[y0:y1, x0:x1])
                crops.append((x0, y0, digits, preprocess.only_rows(crop, rows, y0)))
        # digits and short units: the English model alone reads them, from a process kept
        # running, as its start-up would cost more than reading these few cells
        found = tesseract.read_regions([c for *_, c in crops], "eng", psm=6)
        digit_height = _digit_height([w for words in found for w in words])
        out = []
        for (x0, y0, digits, _crop), words in zip(crops, found, strict=True):
            for w in words:
                real = _real_word(w)
                if digits and not (real and w.text == "1") and _lone_one(w, words, digit_height):
                    w = replace(w, text="1", confidence=min(w.confidence, LONE_ONE_CONFIDENCE))
                elif not real:
                    continue
                out.append(_in_points(w, scale, x0, y0))
        return out

    return read

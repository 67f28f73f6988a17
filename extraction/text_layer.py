"""A born-digital page's words with their boxes, read by pdfium instead of pdfminer.

pdfplumber's ``extract_words`` parses the whole content stream in Python (pdfminer): on
pages printed by a browser, with tens of thousands of drawn paths, that parsing is most of
the extraction's time. pdfium parses it in C++. This module takes pdfium's characters and
gives them pdfplumber's own boxes, then groups them into words with pdfplumber's own word
grouping (``WordExtractor``), so the words are those ``extract_words`` gives:

- x0, x1: from the character's origin to the end of pdfium's loose box (its advance; the
  loose box also takes in a glyph reaching left of its origin, as a "j" does);
- top, bottom: pdfminer's convention, not pdfium's: the box starts at the baseline plus the
  font's descent (the descriptor's /Descent, forced negative; for the standard fonts, the
  AFM metrics pdfminer ships; for Type3 fonts, FontBBox and FontMatrix read from the page's
  resources by the caller) and is one em high;
- ``upright``: pdfminer's test on the character's matrix;
- every space pdfium reports ends a word (it reports the document's own spaces as
  generated, like those it infers from gaps); a space shown as a text object of its own,
  which pdfium leaves out, is put back; pdfium's line breaks are dropped.

Differences that remain (bench/text_layer): a glyph reaching past its advance (an italic
"f") widens its word by up to a point; a standard font's euro sign has pdfium's width where
pdfminer's AFM tables give it none; characters with nothing to show (U+200B) are absent.

``page_chars`` returns None when the page is one this reading does not cover exactly, and
the caller reads it with pdfplumber: a turned or offset page box, Type3 fonts of differing
descents, text neither upright nor turned a quarter, a font whose descent is unknown;
``document_covered`` leaves vertical writing to pdfplumber.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS
from pdfplumber.utils.text import WordExtractor

# the tolerances extraction reads words with (pages._read_pdf_page)
X_TOLERANCE = 1.5
Y_TOLERANCE = 2.0

_EXTRACTOR = WordExtractor(x_tolerance=X_TOLERANCE, y_tolerance=Y_TOLERANCE)


def document_covered(data: bytes) -> bool:
    """Can pdfium's characters stand for pdfminer's in this document? Vertical writing
    (pdfminer's boxes of vertical fonts are not reproduced) is left to pdfplumber."""
    return b"Identity-V" not in data


def _address(pointer: Any) -> int | None:
    """The address a pdfium handle points to (None for a null one), as
    ``ctypes.cast(pointer, c_void_p).value`` gives it, in a tenth of a cast's time (which
    counts on pages of tens of thousands of characters and objects)."""
    return ctypes.addressof(pointer.contents) if pointer else None


class _Type3:
    """A Type3 font met (its glyphs drawn by the page): pdfium does not tell which one."""


TYPE3 = _Type3()
# the narrowest advance of a space pdfium leaves out (points)
MIN_SPACE = 0.3


class _Fonts:
    """pdfminer's descent of each font met, in ems (negative), or None when unknown.
    ``type3``: the descent pdfminer gives every Type3 font of the page (from its FontBBox
    and FontMatrix), None when they differ."""

    def __init__(self, type3: float | None) -> None:
        self.by_font: dict[int, float | None] = {}
        self.type3 = type3

    def descent(self, font: Any) -> float | None:
        key = _address(font) or 0
        if key not in self.by_font:
            found = _descent(font)
            self.by_font[key] = self.type3 if isinstance(found, _Type3) else found
        return self.by_font[key]


def _descent(font: Any) -> float | _Type3 | None:
    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    name = ""
    if size > 0:
        buf = ctypes.create_string_buffer(size)
        pdfium_c.FPDFFont_GetBaseFontName(font, buf, size)
        name = buf.value.decode("latin-1")
    if name in FONT_METRICS:  # pdfminer takes the standard fonts' AFM metrics
        return -abs(float(FONT_METRICS[name][0]["Descent"])) / 1000  # type: ignore[arg-type]
    if not name and pdfium_c.FPDFFont_GetIsEmbedded(font):
        data = ctypes.c_size_t()
        pdfium_c.FPDFFont_GetFontData(font, None, 0, ctypes.byref(data))
        if not data.value:  # a Type3 font: its glyphs are drawn by the page
            return TYPE3
    value = ctypes.c_float()
    if not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), ctypes.byref(value)):
        return None
    return -abs(value.value) / 1000


def page_chars(
    page: pdfium.PdfPage, type3: float | None = 0.0
) -> tuple[list[dict[str, Any]], float, float] | None:
    """The page's characters as pdfplumber's char dicts (text, x0, x1, top, bottom, doctop,
    upright), and the page's width and height; None when the page is not covered.
    ``type3``: pdfminer's descent of the page's Type3 fonts (``type3_descent``), None when
    they differ (a page showing one is then not covered)."""
    if page.get_rotation() % 360:
        return None
    left, bottom_, right, top_ = page.get_mediabox()
    if left != 0 or bottom_ != 0:
        return None
    # pdfium keeps the box in single precision: 595.2756 comes back as 595.27557
    width, height = round(float(right - left), 4), round(float(top_ - bottom_), 4)
    textpage = page.get_textpage()
    try:
        chars = _chars(textpage, height, type3)
        if chars is not None:
            chars = _with_dropped_spaces(page, chars, height)
    finally:
        textpage.close()
    return None if chars is None else (chars, width, height)


def type3_descent(resources: Any) -> float | None:
    """pdfminer's descent (in ems) of the Type3 fonts of a page's (pdfminer) resources and
    of its forms': 0.0 when there are none, None when they differ. pdfminer takes it from
    the font's bounding box (FontBBox of its descriptor, or its own without one) scaled by
    its FontMatrix; pdfium does not give these, nor which Type3 font a character uses."""
    found = _type3_descents(resources, 0)
    if len(found) > 1:
        return None
    return found.pop() if found else 0.0


def _type3_descents(resources: Any, depth: int) -> set[float]:
    from pdfminer.casting import safe_rect_list
    from pdfminer.pdftypes import resolve1, resolve_all
    from pdfminer.psparser import LIT

    found: set[float] = set()
    resources = resolve1(resources) or {}
    for spec in (resolve1(resources.get("Font")) or {}).values():
        spec = resolve1(spec)
        if isinstance(spec, dict) and resolve1(spec.get("Subtype")) is LIT("Type3"):
            # pdfminer's PDFType3Font, without loading the rest of the font (its ToUnicode)
            descriptor = resolve1(spec.get("FontDescriptor")) or {"FontBBox": spec.get("FontBBox")}
            bbox = safe_rect_list(resolve_all(descriptor.get("FontBBox"))) or (0.0, 0.0, 0.0, 0.0)
            matrix = resolve_all(spec.get("FontMatrix")) or [0.001, 0, 0, 0.001, 0, 0]
            found.add(float(bbox[1]) * (float(matrix[1]) + float(matrix[3])))
    if depth < 3:
        for xobj in (resolve1(resources.get("XObject")) or {}).values():
            attrs = getattr(resolve1(xobj), "attrs", {})
            if resolve1(attrs.get("Subtype")) is LIT("Form") and "Resources" in attrs:
                found |= _type3_descents(attrs["Resources"], depth + 1)
    return found


def _text_objects(page: pdfium.PdfPage) -> list[tuple[int, Any]]:
    """The page's text objects in content order (those of form XObjects in their place),
    each with its address; an object of a form comes with a None handle (its bounds are in
    the form's space)."""
    out: list[tuple[int, Any]] = []

    def walk(count: int, get: Any, parent: Any, top: bool) -> None:
        for i in range(count):
            obj = get(parent, i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                out.append((_address(obj) or 0, obj if top else None))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                walk(
                    pdfium_c.FPDFFormObj_CountObjects(obj),
                    pdfium_c.FPDFFormObj_GetObject,
                    obj,
                    False,
                )

    walk(pdfium_c.FPDFPage_CountObjects(page.raw), pdfium_c.FPDFPage_GetObject, page.raw, True)
    return out


def _with_dropped_spaces(
    page: pdfium.PdfPage, chars: list[dict[str, Any]], height: float
) -> list[dict[str, Any]]:
    """pdfium leaves out of its text a text object that shows only a space, where the space
    is narrower than the gap it would infer one from ("1 535,00" printed by a browser, the
    space a text object of its own): pdfminer keeps it, and pdfplumber splits the words
    there. Such an object (seen on the page, no character of it in the text) becomes a space
    after the character shown before it, when it sits on that character's baseline, past its
    start (a glyph may reach past its advance, the space starts where the advance ends).
    """
    first_of: dict[int, dict[str, Any]] = {}
    last_of: dict[int, dict[str, Any]] = {}
    for c in chars:
        if "obj" in c:
            first_of.setdefault(c["obj"], c)
            last_of[c["obj"]] = c
    if not last_of:
        return chars
    extra: list[tuple[dict[str, Any], dict[str, Any]]] = []
    before: dict[str, Any] | None = None
    waiting: dict[str, Any] | None = None  # a space, until the character after it is known
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for key, obj in _text_objects(page):
        if key in last_of:
            nxt = first_of[key]
            # a space has an advance: a zero-width character pdfium also leaves out (U+200B)
            # is no word break in pdfplumber
            if (
                waiting is not None
                and before is not None
                and abs(nxt["baseline"] - before["baseline"]) < 0.5
                and nxt["x0"] >= waiting["x0"] + MIN_SPACE
            ):
                extra.append((before, waiting))
            waiting = None
            before = last_of[key]
            continue
        if before is None or obj is None or waiting is not None:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(
            obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
        ):
            continue
        if (
            right.value - left.value < 0.01
            and abs(bottom.value - before["baseline"]) < 0.5
            and left.value >= before["x0"]
            and before.get("advance") == "right"
        ):
            waiting = {**before, "text": " ", "x0": left.value, "x1": left.value}
    if not extra:
        return chars
    after: dict[int, list[dict[str, Any]]] = {}
    for c, space in extra:
        after.setdefault(id(c), []).append(space)
    out: list[dict[str, Any]] = []
    for c in chars:
        out.append(c)
        out.extend(after.get(id(c), ()))
    return out


def _chars(
    textpage: pdfium.PdfTextPage, height: float, type3: float | None
) -> list[dict[str, Any]] | None:
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    fonts = _Fonts(type3)
    box = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    last_obj: int | None = None
    descent: float | None = None
    size = 0.0
    out: list[dict[str, Any]] = []
    get_unicode = pdfium_c.FPDFText_GetUnicode
    is_generated = pdfium_c.FPDFText_IsGenerated
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    get_matrix = pdfium_c.FPDFText_GetMatrix
    get_origin = pdfium_c.FPDFText_GetCharOrigin
    get_object = pdfium_c.FPDFText_GetTextObject
    for i in range(count):
        code = get_unicode(raw, i)
        if code in (0x0A, 0x0D, 0xFFFE, 0xFFFF):  # pdfium's line breaks
            continue
        if code == 0x02:
            # pdfium reports a hyphen that ends a line as 0x02 (its mark of a word broken
            # there): the page prints a hyphen ("BBK-" over "3523", "porte-" over "clés")
            code = 0x2D
        text = chr(code)
        if text.isspace() or is_generated(raw, i):
            # pdfium reports the document's own spaces as generated, like those it infers
            # from a gap: either ends a word, as a space does in pdfplumber
            # pdfium places it a little into the gap, at times past the next character's
            # start: it goes at the end of the character before it, on that one's line
            if out and not out[-1]["text"].isspace():
                out.append(_space_after(out[-1]))
            continue
        if 0xD800 <= code < 0xDC00:  # a surrogate pair: one character
            low = get_unicode(raw, i + 1) if i + 1 < count else 0
            # (pdfminer has no text for a lone half either)
            paired = 0xDC00 <= low < 0xE000
            text = chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) if paired else ""
        elif 0xDC00 <= code < 0xE000:
            continue
        obj = get_object(raw, i)
        key = _address(obj)
        if key is None:
            return None
        if key != last_obj:
            last_obj = key
            font = pdfium_c.FPDFTextObj_GetFont(obj)
            descent = fonts.descent(font) if font else None
            em = ctypes.c_float()
            if not pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(em)):
                return None
            size = em.value
        if descent is None or not loose_box(raw, i, box) or not get_matrix(raw, i, matrix):
            return None
        get_origin(raw, i, ox, oy)
        a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
        if b == 0 and c == 0 and a != 0 and d != 0:
            # along the line: from the origin (pdfium's loose box also takes in a glyph
            # reaching left of it, as a "j" does) to the end of the loose box
            x0 = ox.value if a > 0 else box.left
            x1 = box.right if a > 0 else ox.value
            y_a = oy.value + d * descent * size
            y_b = oy.value + d * (descent + 1) * size
            y0, y1 = min(y_a, y_b), max(y_a, y_b)
        elif a == 0 and d == 0 and b != 0 and c != 0:
            x_a = ox.value + c * descent * size
            x_b = ox.value + c * (descent + 1) * size
            x0, x1 = min(x_a, x_b), max(x_a, x_b)
            y0, y1 = box.bottom, box.top
        else:
            return None
        top = height - y1
        out.append(
            {
                "text": text,
                "x0": x0,
                "x1": x1,
                "top": top,
                "doctop": top,
                "bottom": height - y0,
                "upright": a * d > 0 and b * c <= 0,
                "obj": key,
                "baseline": oy.value,
                "advance": _advance(a, b),
            }
        )
    return out


def _advance(a: float, b: float) -> str:
    """Which way the text runs on the page: right, left, up or down (pdfplumber's top
    grows downwards)."""
    if b == 0:
        return "right" if a > 0 else "left"
    return "up" if b > 0 else "down"


def _space_after(c: dict[str, Any]) -> dict[str, Any]:
    """A space at the end of character ``c`` along its line, so that sorted along the line
    it falls between ``c`` and what follows it."""
    space = {**c, "text": " "}
    way = c.get("advance", "right")
    if way == "right":
        space["x0"] = space["x1"] = c["x1"]
    elif way == "left":  # pdfplumber sorts on x0 alone: the space goes just before c
        space["x0"] = space["x1"] = c["x0"] - 0.001
    elif way == "up":
        space["top"] = space["bottom"] = space["doctop"] = c["top"] - 0.001
    else:
        space["top"] = space["bottom"] = space["doctop"] = c["bottom"]
    return space


def words(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The characters grouped into words by pdfplumber's own word grouping, each word with
    its ``chars``."""
    return _EXTRACTOR.extract_words(chars, return_chars=True)


def merge_chars(chars: list[dict[str, Any]]) -> dict[str, Any]:
    """One word of ``chars`` (in order), as the word grouping makes it."""
    return _EXTRACTOR.merge_chars(chars)

"""Header fields from labels: the value sits after the label, to its right, or below it.

Values are parsed by the field's kind (date, amount, identifier, free text) so that a
label followed by something that does not read as its kind is skipped, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from extraction.labels import LabelHit, match_header_label, resolve_docnum
from extraction.layout import PageLayout, Segment
from extraction.lines import header_columns
from extraction.parse.amounts import currency_in, money_str, parse_amount
from extraction.parse.dates import find_dates
from extraction.parse.text import drop_specks
from extraction.result import BBox

_ID_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9\-/_.]*[0-9][A-Z0-9\-/_.]*|[0-9]+", re.IGNORECASE)
_RATE = re.compile(r"^[@àa(]?\s*\d{1,2}(?:[.,]\d{1,2})?\s*%\)?$")
_ISO_CUR = re.compile(r"\b(EUR|USD|GBP|CHF|CAD)\b")

DATE_FIELDS = ("document_date", "delivery_date", "due_date", "payment_date")
AMOUNT_FIELDS = ("total_net", "total_tax", "total_gross", "subtotal", "discount")
ID_FIELDS = ("document_number", "order_number", "customer_number")
# totals are read at the end of the document, other fields at the top
LAST_WINS = set(AMOUNT_FIELDS)


@dataclass
class Hit:
    field: str
    value: str
    page: int
    bbox: BBox
    confidence: float
    priority: int
    order: int  # reading order, to prefer first (header) or last (totals) occurrence
    label: str = ""


# a dash OCR read as a colon after a prefix ("BL:2026-7268")
_PREFIX_COLON = re.compile(r"^([A-Z]{1,4}):(?=\d)")
# a number OCR split in two at a gap between its digits, alone in its cell ("CL41 59")
_SPLIT_DIGITS = re.compile(r"^([A-Z0-9][A-Z0-9\-/]*\d) (\d{1,4})$", re.IGNORECASE)


# a speck OCR read between a dash and a repeat of it ("BL- _-2026")
_SPECK_DASH = re.compile(r"-\s*[_.,'‘’~]?\s*-")


# a digit look-alike between two letters of a prefix ("L1V26/9585" for "LIV26/9585")
_DIGIT_IN_PREFIX = re.compile(r"^([A-Z]{1,3})([015])([A-Z]{1,3})(?=[\d\-/])")
_AS_LETTER = {"0": "O", "1": "I", "5": "S"}


def repair_identifier(text: str) -> str:
    """An identifier with the OCR damage undone that its shape makes plain."""
    text = _PREFIX_COLON.sub(r"\1-", text.strip(" :#°."))
    text = _SPECK_DASH.sub("-", text)
    text = _DIGIT_IN_PREFIX.sub(lambda m: m.group(1) + _AS_LETTER[m.group(2)] + m.group(3), text)
    return _SPLIT_DIGITS.sub(r"\1\2", text)


def parse_identifier(text: str, repair: bool = True) -> str | None:
    text = repair_identifier(text) if repair else text.strip(" :#°.")
    # OCR splits at a hyphen and leaves a space after it: "BL-2026- 1594"
    text = re.sub(r"(?<=[A-Za-z0-9][-/])\s+(?=[A-Za-z0-9])", "", text)
    m = _ID_TOKEN.search(text[:40])
    if not m or m.start() > 3:
        return None
    token = m.group(0).strip("./-")
    if len(token) < 3 or len(token) > 30:
        return None
    found = find_dates(token)
    if found and found[0][1] == 0 and found[0][2] >= len(token) - 1:
        return None  # a date is not a number
    return token


# a speck read as a stop inside a number of a dash- or slash-separated date ("20.26-02-20")
_SPECK_IN_DATE = re.compile(r"(?<=\d)[.,'’](?=\d[\d\s]*[-/])")


def parse_date_value(text: str, repair: bool = True) -> str | None:
    found = find_dates(text[:40])
    if not found and repair:
        found = find_dates(_SPECK_IN_DATE.sub("", text[:40]))
    if not found or found[0][1] > 6:
        return None
    return found[0][0].isoformat()


def parser_for(field: str, language: str) -> Callable[[str], str | None]:
    if field in DATE_FIELDS:
        return parse_date_value
    if field in ID_FIELDS:
        return parse_identifier
    if field in AMOUNT_FIELDS:

        def amount(text: str) -> str | None:
            value = parse_amount(text, language)
            return money_str(abs(value)) if value is not None else None

        return amount
    if field == "currency":

        def cur(text: str) -> str | None:
            m = _ISO_CUR.search(text.upper())
            return m.group(1) if m else currency_in(text)

        return cur
    if field == "payment_terms":

        def terms(text: str) -> str | None:
            text = drop_specks(text.strip(" :"))
            return text if len(text) >= 3 else None

        return terms
    return lambda text: None


def _is_label(seg: Segment) -> bool:
    hit = match_header_label(seg.folded)
    if hit is None or len(seg.folded[: hit.end].strip()) < 2:
        return False
    # "Due on receipt" starts like a date label but goes on in words: a phrase (the value
    # of "Payment terms"), not a label
    rest = seg.text[hit.end :].strip()
    phrase = hit.field in DATE_FIELDS and re.match(r"[^\W\d_]{3}", rest) is not None
    return not (phrase and parse_date_value(rest) is None)


def _joined(
    layout: PageLayout, seg: Segment, after: list[Segment]
) -> list[tuple[str, BBox, float]]:
    """``seg`` with the segment right after it, when OCR may have split one value at a wide
    gap ("September 5 | 2026"); tried after ``seg`` alone, and never auto-accepted."""
    if not after or after[0].x0 - seg.x1 >= layout.line_height * 3:
        return []
    if len(re.sub(r"\W", "", seg.text)) < 3:
        return []  # a speck, not the first part of a value
    both = Segment(seg.words + after[0].words, seg.page, seg.row)
    return [(both.text, both.bbox_of(0, len(both.text)), min(both.confidence, 0.8))]


def _candidates(layout: PageLayout, seg: Segment, hit: LabelHit) -> list[tuple[str, BBox, float]]:
    """Texts that may hold the value of the label in ``seg``, nearest first."""
    out: list[tuple[str, BBox, float]] = []
    rest = seg.text[hit.end :].strip()
    if rest:
        start = len(seg.text) - len(seg.text[hit.end :].lstrip())
        out.append((rest, seg.bbox_of(start, len(seg.text)), seg.sub(start).confidence))
    row = layout.rows[seg.row]
    right = [s for s in row.segments if s.x0 >= seg.x1 - 1]
    if len(right) > 1 and _RATE.match(right[0].text):
        right = right[1:]  # "VAT | 20% | 1,234.00": the rate belongs to the label
    if right and not _is_label(right[0]):
        r = right[0]
        out.append((r.text, r.bbox_of(0, len(r.text)), r.confidence * 0.99))
        out += _joined(layout, r, right[1:])
    limit = seg.bottom + layout.line_height * 2.6
    for below in layout.rows[seg.row + 1 : seg.row + 4]:
        if below.top > limit:
            break
        for s in below.segments:
            overlap = min(s.x1, seg.x1) - max(s.x0, seg.x0)
            if overlap > 0 or abs(s.x0 - seg.x0) < 12:
                if not _is_label(s):
                    out.append((s.text, s.bbox_of(0, len(s.text)), s.confidence * 0.97))
                    out += _joined(layout, s, [n for n in below.segments if n.x0 > s.x1])
                break
        else:
            continue
        break
    return out


def _continues(layout: PageLayout, seg: Segment, bbox: BBox) -> bool:
    """Does something that looks like more of the same number follow the value closely?"""
    after = [
        s
        for s in layout.rows[seg.row].segments
        if s.x0 >= bbox[2] - 1 and s.x0 - bbox[2] < layout.line_height * 3
    ]
    return bool(after) and re.match(r"^[-/_.]?\d", after[0].text) is not None


def _unrepaired(field: str, text: str) -> str | None:
    if field in ID_FIELDS:
        return parse_identifier(text, repair=False)
    return parse_date_value(text, repair=False)


def _repaired(field: str, text: str, value: str | None) -> bool:
    """Was ``value`` read only by undoing OCR damage in ``text``?"""
    if value is None or (field not in ID_FIELDS and field not in DATE_FIELDS):
        return False
    return value != _unrepaired(field, text)


def label_hits(layouts: list[PageLayout], doc_type: str, language: str) -> list[Hit]:
    hits: list[Hit] = []
    order = 0
    for layout in layouts:
        # a column label ("TVA", "Total") of the lines table is not a header field: the
        # number under it is the first row's cell
        table_heads = {r.index for r in layout.rows if header_columns(r) is not None}
        for seg in layout.segments:
            order += 1
            if seg.row in table_heads:
                continue
            hit = match_header_label(seg.folded)
            if hit is None:
                continue
            field = resolve_docnum(hit.field, doc_type)
            if field is None or field == "ignore":
                continue
            parse = parser_for(field, language)
            label = seg.text
            right = [s for s in layout.rows[seg.row].segments if s.x0 >= seg.x1 - 1]
            if right and _RATE.match(right[0].text):
                label += " " + right[0].text  # per-rate VAT lines stay apart
            for text, bbox, conf in _candidates(layout, seg, hit):
                value = parse(text)
                if _repaired(field, text, value):
                    if not seg.ocr:  # a text layer has no OCR damage to undo
                        value = _unrepaired(field, text)
                    conf = min(conf, 0.6)  # repaired: a clerk confirms it
                if value is not None and field in ID_FIELDS and _continues(layout, seg, bbox):
                    conf = min(conf, 0.5)  # "BL-2026 | -1594": the number may be cut short
                if value is not None:
                    hits.append(
                        Hit(field, value, layout.page, bbox, conf, hit.priority, order, label)
                    )
                    break
    return hits


def choose(hits: list[Hit]) -> dict[str, Hit]:
    """One hit per field: highest label priority, then first (header) or last (totals)."""
    best: dict[str, Hit] = {}
    for h in hits:
        cur = best.get(h.field)
        if (
            cur is None
            or h.priority > cur.priority
            or (h.priority == cur.priority and h.field in LAST_WINS and h.order > cur.order)
        ):
            best[h.field] = h
    return best


def tax_total(hits: list[Hit]) -> Hit | None:
    """Total tax: the "total VAT" line, or the sum of per-rate VAT lines."""
    taxes = [h for h in hits if h.field == "total_tax"]
    if not taxes:
        return None
    named_total = [h for h in taxes if re.match(r"(?i)total|montant", h.label)]
    if named_total:
        return named_total[-1]
    last_page = max(h.page for h in taxes)
    rows = [h for h in taxes if h.page == last_page]
    unique: dict[str, Hit] = {}
    for h in rows:
        unique[h.label] = h  # a rate printed twice counts once (the last)
    if len(unique) == 1:
        return next(iter(unique.values()))
    total = sum((Decimal(h.value) for h in unique.values()), Decimal(0))
    first = next(iter(unique.values()))
    return Hit(
        "total_tax",
        money_str(total),
        first.page,
        first.bbox,
        min(h.confidence for h in unique.values()) * 0.97,
        first.priority,
        first.order,
        "sum",
    )

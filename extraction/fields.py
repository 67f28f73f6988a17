"""Header fields from labels: the value sits after the label, to its right, or below it.

Values are parsed by the field's kind (date, amount, identifier, free text) so that a
label followed by something that does not read as its kind is skipped, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from extraction import caption_rows, repairs
from extraction.candidates import terms
from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.labels import (
    DOC_WORDS,
    NUM,
    NUMBER_ONLY,
    LabelHit,
    ends_with_net_qualifier,
    match_header_label,
    resolve_docnum,
    tolerant_label,
)
from extraction.layout import PageLayout, Row, Segment
from extraction.lines import header_columns
from extraction.parse.amounts import (
    CURRENCY_CODES,
    CURRENCY_MARK,
    currency_in,
    money_str,
    parse_amount,
    repeated_separator,
)
from extraction.parse.dates import damaged_date, find_dates, misread_separators
from extraction.parse.text import fold
from extraction.result import BBox

_ID_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9\-/_.]*[0-9][A-Z0-9\-/_.]*|[0-9]+", re.IGNORECASE)
_RATE = re.compile(r"^[@àa(]?\s*\d{1,2}(?:[.,]\d{1,2})?\s*%\)?$")
_ISO_CUR = re.compile(r"\b(" + "|".join(CURRENCY_CODES) + r")\b")
_LEADER = re.compile(r"^[\s.·…_\-–—:]{3,}$")
_LONE_CURRENCY = re.compile(r"^\s*" + CURRENCY_MARK + r"\s*$")

DATE_FIELDS = ("document_date", "delivery_date", "due_date", "payment_date")
AMOUNT_FIELDS = ("total_net", "total_tax", "total_gross", "subtotal", "discount")
ID_FIELDS = ("document_number", "order_number", "customer_number")
# the most a value under a label of a language orderdesk does not read may be trusted
FOREIGN_LABEL_CAP = 0.5


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
    placement: str = "inline"  # where the value sat: inline, right, below, grid, joined
    repaired: bool = False
    ocr: bool = False
    text: str = ""  # what the value was read from
    cap: float = 1.0  # the most this reading may be trusted, whatever its evidence
    movement: bool = False  # a number label that names the shipment, not a document


# a dash OCR read as a colon after a prefix ("BL:2026-7268")
_PREFIX_COLON = re.compile(r"^([A-Z]{1,4}):(?=\d)")


def repair_identifier(text: str) -> str:
    """An identifier with the OCR damage undone that its shape makes plain."""
    text = text.strip(" :#°.")
    if repairs.on("identifier_prefix_colon"):
        text = _PREFIX_COLON.sub(r"\1-", text)
    return text


# (leader dots may follow it: "Your order no. ........ 031175")
# a number mark before the value; one glued to letters is the value's own start ("NOR838")
_NUMBER_MARK = re.compile(
    r"(?i)^(?:n\s?°|no(?![a-z])\.?|nr(?![a-z])\.?|num(?:ber)?(?![a-z])\.?|#)\s*(?:[.…·_]{3,}\s*)?"
    r"(?=(?:[A-Z]{1,4}\s)?\w*\d)"
)

# a code's capitals printed apart from its digits ("PO 6612", "FA 25-118", "CMD 88123"):
# part of the number as its sender prints it, so part of the value (the truth is the
# whole printed number, as "INV-100" or "PO445" are); not a word or a unit before a number
_SPACED_PREFIX = re.compile(r"^([A-Z]{1,4}) (?=\d)")
# (single letters an OCR makes of a mark or a digit, "#" as "H", "1" as "I", "0" as "O",
# are no prefix either)
_NOT_A_PREFIX = re.compile(
    r"[ANXHIOL]|NO|NR|REF|ID|DU|LE|DE|AU|ON|OF|AT|TO|BY|THE|FOR|PAR|EN|ET|LES|DES"
    r"|EUR|USD|GBP|CHF|CAD|TEL|FAX|TVA|VAT|QTY|PAGE"
)


# a number printed in groups of three digits ("N° client 1 234 567 890", "N° 12 345 678
# 901" on a French utility's invoice): three groups or more, not followed by decimals (an
# amount) nor by another digit; kept as printed
_SPACED_DIGITS = re.compile(r"^(\d{1,3}(?: \d{3}){2,})(?!\d|[.,]\d| \d)")


# a reference printed in groups, all of the value: maybe a few capitals, then groups of
# digits ("FA 2025 0412", "F2025 01484", "4500 1234 56", "2025 0412")
_GROUPED_CODE = re.compile(r"^(?:[A-Z]{1,4} ?)?(\d{2,8})((?: \d{2,8}){1,3})$")


def _grouped_code(text: str) -> bool:
    """Is ``text`` (all of a value) a reference printed in groups of digits, not a number
    with its thousands grouped ("12 345") nor a telephone number in pairs ("06 12 34 56")?"""
    m = _GROUPED_CODE.match(text.strip())
    if m is None:
        return False
    groups = [m.group(1), *m.group(2).split()]
    thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    pairs = all(len(g) == 2 for g in groups)
    return not thousands and not pairs


# an amount, not a number: a currency with it, or its thousands grouped and its cents
# ("1 234,56", "$1,234.56", "974.00 EUR")
_AMOUNT_SHAPED = re.compile(
    r"^(?:[$€£]\s?\d[\d\s.,']*|\d[\d\s.,']*[.,]\d{2}\s?" + CURRENCY_MARK + r""
    r"|\d{1,3}(?:[\s.\u00a0]\d{3})+,\d{2}|\d{1,3}(?:,\d{3})+\.\d{2})$",
    re.IGNORECASE,
)


# the word that ties a date to a number or to its label ("du", "en date du", "of", "dated")
_DATE_TIE = r"(?:en\s+date\s+du|du|dated|of|from|issued(?:\s+on)?|le)"
_TIE_BEFORE = re.compile(rf"^\s*{_DATE_TIE}\s+$")
_TIE_AFTER = re.compile(rf"\s*(?:[,–—]|\s-|\b{_DATE_TIE})\s*$")
_AFTER_DATE = re.compile(r"\s*(?:[:–—]|-(?=\s))\s*")


def without_own_date(text: str) -> str:
    """``text`` without the date a reference prints with it: before the value, the date
    its label carries ("du 13/04/2024 : 4500045968", the rest of "Votre commande du
    13/04/2024 : ..."), or after it ("F 24 2713 du 7 mai 2024", "INV-12 dated 3 March
    2025"). That date belongs to the document or the order named, never to its number."""
    found = find_dates(text)
    if not found:
        return text
    folded = fold(text)
    _day, start, end = found[0]
    if start > 0 and _TIE_BEFORE.match(folded[:start]):
        sep = _AFTER_DATE.match(text, end)
        if sep is not None and sep.end() < len(text):
            return text[sep.end() :]
        return text
    _day, start, end = found[-1]
    tie = _TIE_AFTER.search(folded[:start]) if start > 0 else None
    if tie is not None and end >= len(text.rstrip(" .)")) and tie.start() > 0:
        return text[: tie.start()]
    return text


def parse_identifier(text: str, repair: bool = True) -> str | None:
    if _AMOUNT_SHAPED.match(text.strip(" :")):
        return None  # "N° 1 234,56 €": an amount beside a number label is no number
    text = without_own_date(text)
    text = _NUMBER_MARK.sub("", text.strip(" :"))  # "INVOICE: NO. 001"
    text = repair_identifier(text) if repair else text.strip(" :#°.")
    spaced = _SPACED_DIGITS.match(text)
    if spaced is not None:
        return spaced.group(1)
    if _grouped_code(text):
        return text.strip()  # "FA 2025 0412": all its groups, not the first one alone
    # OCR splits at a hyphen and leaves a space after it: "BL-2026- 1594"
    text = re.sub(r"(?<=[A-Za-z0-9][-/])\s+(?=[A-Za-z0-9])", "", text)
    m = _ID_TOKEN.search(text[:40])
    if not m or m.start() > 5:
        return None
    prefix = _SPACED_PREFIX.match(text)
    if m.start() > 0 and (prefix is None or _NOT_A_PREFIX.fullmatch(prefix.group(1))):
        if m.start() > 3:
            return None
        prefix = None
    token = m.group(0).strip("./-")
    # "PO 15": a short number is one when its code's capitals print it as one
    if len(token) < (2 if prefix is not None and m.start() > 0 else 3) or len(token) > 30:
        return None
    found = find_dates(token)
    if found and found[0][1] == 0 and found[0][2] >= len(token) - 1:
        return None  # a date is not a number
    return f"{prefix.group(1)} {token}" if prefix is not None and m.start() > 0 else token


# words that may stand between a date's label and the date ("Livraison souhaitée pour le",
# "Délai de livraison : au plus tard le", "Due on or before")
_DATE_LEAD = re.compile(
    r"^(?:[\s:.,\-–]*(?:le|du|au|plus|tard|pour|avant|the|on|or|by|before|no|later|than|of|"
    r"vom|am|den|de|del|il|dated?))*[\s:.,\-–]*$"
)


def parse_date_value(text: str, repair: bool = True) -> str | None:
    fixed = damaged_date(text) if repair and repairs.on("date_confused_glyphs") else None
    if fixed is not None:
        return fixed[0].isoformat()
    found = find_dates(text[:60])
    if not found:
        spaced = misread_separators(text) if repairs.on("date_misread_separators") else None
        return spaced.isoformat() if spaced is not None else None
    if found[0][1] > 6 and not _DATE_LEAD.match(fold(text[: found[0][1]])):
        return None
    return found[0][0].isoformat()


# an amount with its cents, maybe its currency, then a few words that qualify it ("1 168,80 €
# TTC", "1,168.80 EUR (incl. VAT)", "974,00 HT"): the words say what the label already says
_AMOUNT_THEN_WORDS = re.compile(
    r"^(.*?\d[.,]\d{2}(?:\s?" + CURRENCY_MARK + r")?)\s+\(?([^\d()]{1,30})\)?\.?$"
)


def _amount_then_words(text: str, language: str) -> Decimal | None:
    """The amount of ``text`` when it is an amount followed by at most four words without
    a digit; None otherwise."""
    m = _AMOUNT_THEN_WORDS.match(text.strip())
    if m is None or len(m.group(2).split()) > 4:
        return None
    return parse_amount(m.group(1), language)


def parser_for(field: str, language: str) -> Callable[[str], str | None]:
    if field in DATE_FIELDS:
        return parse_date_value
    if field in ID_FIELDS:
        return parse_identifier
    if field in AMOUNT_FIELDS:

        def amount(text: str) -> str | None:
            value = parse_amount(text, language)
            if value is None:
                value = _amount_then_words(text, language)
            return money_str(abs(value)) if value is not None else None

        return amount
    if field == "currency":

        def cur(text: str) -> str | None:
            m = _ISO_CUR.search(text.upper())
            return m.group(1) if m else currency_in(text)

        return cur
    if field in ("customer_name", "supplier_name"):

        def name(text: str) -> str | None:
            text = text.strip(" :")
            return text if re.search(r"[^\W\d_]{2}", text) and len(text) >= 2 else None

        return name
    if field == "payment_terms":

        def phrase(text: str) -> str | None:
            if terms.is_means_caption(text):
                return None  # the next column's caption: the terms are under their own
            text = terms.up_to_its_date(text.strip(" :"))
            text = terms.without_means(terms.up_to_another_item(text))
            return text if len(text) >= 3 else None

        return phrase
    return lambda text: None


def _is_label(seg: Segment) -> bool:
    hit = match_header_label(seg.folded)
    if hit is None or len(seg.folded[: hit.end].strip()) < 2:
        return False
    # "Due on receipt" starts like a date label but goes on in words: a phrase (the value
    # of "Payment terms"), not a label
    rest = seg.text[hit.end :].strip()
    phrase = hit.field in DATE_FIELDS and (
        re.match(r"[^\W\d_]{3}", rest) is not None
        # a label read from its words followed by no date: a phrase ("Payable at 30 days")
        or (hit.composed and rest != "")
    )
    return not (phrase and parse_date_value(rest) is None)


# what may trail a label the patterns read short of its end ("Your order | no.")
_MARK_ONLY = re.compile(r"^(?:n\s?°|no\.?|nr\.?|#|number|num(?:ber|ero)?\.?)?\s*:?$")


def _bare_label(seg: Segment) -> bool:
    """A label with no value after it in its own segment."""
    hit = match_header_label(seg.folded)
    return _is_label(seg) and _MARK_ONLY.match(seg.folded[hit.end :].strip()) is not None  # type: ignore[union-attr]


def _label_row(layout: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` one of several labels side by side with no value among them (a header
    grid: "Invoice Number | Invoice Date | Due Date" over a row of values)?"""
    segs = layout.rows[seg.row].segments
    bare = [s for s in segs if _bare_label(s)]
    return len(bare) >= 2 and len(bare) >= 0.6 * len(segs) and seg in bare


def _candidates(
    layout: PageLayout, seg: Segment, hit: LabelHit
) -> list[tuple[str, BBox, float, str]]:
    """Texts that may hold the value of the label in ``seg``, nearest first, each with
    where it sat relative to the label."""
    out: list[tuple[str, BBox, float, str]] = []
    rest = seg.text[hit.end :].strip()
    if hit.field in AMOUNT_FIELDS:
        rest = _before_next_total(seg, hit.end, rest)
    if rest:
        start = len(seg.text) - len(seg.text[hit.end :].lstrip())
        out.append((rest, seg.bbox_of(start, len(seg.text)), seg.sub(start).confidence, "inline"))
    row = layout.rows[seg.row]
    right = [s for s in row.segments if s.x0 >= seg.x1 - 1]
    if len(right) > 1 and _LEADER.match(right[0].text):
        right = right[1:]  # "Total HT | .......... | 974,00": dot leaders to the value
    if len(right) > 1 and _RATE.match(right[0].text):
        right = right[1:]  # "VAT | 20% | 1,234.00": the rate belongs to the label
    if len(right) > 1 and hit.field in AMOUNT_FIELDS and _LONE_CURRENCY.match(right[0].text):
        right = right[1:]  # "Montant total | EUR | 1 234,00": the amount's currency column
    # beside a label read only once a misread glyph was undone, in a row of several labels
    # ("Bostellreferenz | Kunden-N2 | Lieferdatum"), the next segment is as likely another
    # misread label: its value is looked for under it
    guessed_grid = hit.confused and len(row.segments) > 2
    # in a row of captions over a row of values, the terms' neighbour is another caption
    # (one no vocabulary reads: "Imprimé"); terms take any words, so it is not read for them
    caption_row = hit.field == "payment_terms" and _label_row(layout, seg)
    if right and not _is_label(right[0]) and not guessed_grid and not caption_row:
        r = right[0]
        out.append((r.text, r.bbox_of(0, len(r.text)), r.confidence * 0.99, "right"))
    above = caption_rows.value_above(layout, seg, _bare_label)
    if above is not None:
        # a caption printed under its value: what is below it is another block's
        text = above.text
        out.append((text, above.bbox_of(0, len(text)), above.confidence * 0.97, "above"))
        return out
    grid = _label_row(layout, seg)
    limit = seg.bottom + layout.line_height * (5.0 if grid else 2.6)
    # in a header grid a label's column runs to the next label (amounts sit right-aligned)
    nxt = [o.x0 for o in layout.rows[seg.row].segments if o.x0 > seg.x1]
    # (the last label's column runs to the page's edge: "Subtotal | VAT | Total" over amounts)
    column_end = min(nxt, default=layout.width) if grid else seg.x1
    for below in layout.rows[seg.row + 1 : seg.row + 4]:
        if below.top > limit:
            break
        for s in below.segments:
            overlap = min(s.x1, column_end) - max(s.x0, seg.x0)
            if overlap > 0 or abs(s.x0 - seg.x0) < 12:
                if not _is_label(s):
                    where = "grid" if grid else "below"
                    if grid and hit.field not in AMOUNT_FIELDS and hit.field != "payment_terms":
                        s = _own_column(layout, seg, s)
                    out.append((s.text, s.bbox_of(0, len(s.text)), s.confidence * 0.97, where))
                break
        else:
            if grid and _values_of_others(layout, seg, below):
                break  # the grid's one row of values leaves this label's cell empty
            continue
        break
    return out


def _values_of_others(layout: PageLayout, label: Segment, below: Row) -> bool:
    """Does ``below`` hold a value under another label of ``label``'s row of labels (the
    grid's row of values)? Only labels count: a letterhead's address line on the labels'
    row ("33000 BORDEAUX ... DATE  N°") has its own next line under it, not a value."""
    others = [s for s in layout.rows[label.row].segments if s is not label and _is_label(s)]
    return any(
        min(v.x1, o.x1) - max(v.x0, o.x0) > 0 and not _is_label(v)
        for v in below.segments
        for o in others
    )


# a gap between two words wider than this many line heights parts two cells the row reader
# ran into one segment (a space is a fraction of it)
_CELL_GAP = 0.45


def _own_column(layout: PageLayout, label: Segment, below: Segment) -> Segment:
    """The words of ``below`` (a segment under a row of labels) that stand under ``label``
    itself: each word goes to the label it starts under (the last label left of it). A row
    of values the row reader ran into one segment ("BL082898  CMD-24123  19/11/2024" under
    "N/Ref. | Votre ref. | Le") then gives each label its own value, not the row's first;
    a segment whose words all stand under one label, or whose words are parted by no more
    than a space, is kept whole."""
    heads = sorted(s.x0 for s in layout.rows[label.row].segments)
    words = below.words

    def column(x0: float) -> int:
        return max((i for i, h in enumerate(heads) if h <= x0 + 3), default=0)

    cols = [column(w.bbox[0]) for w in words]
    if len(set(cols)) < 2:
        return below
    for a, b, ca, cb in zip(words, words[1:], cols, cols[1:], strict=False):
        if ca != cb and b.bbox[0] - a.bbox[2] < layout.line_height * _CELL_GAP:
            return below  # one run of text across the columns: not cells run together
    mine = column(label.x0)
    kept = [w for w, c in zip(words, cols, strict=True) if c == mine]
    return Segment(kept, below.page, below.row) if kept else below


def _before_next_total(seg: Segment, end: int, rest: str) -> str:
    """``rest`` (the text after an amount label ending at ``end``) up to the next totals
    label in it, separators dropped: on a totals line the amount of each label is the one
    before the next label."""
    folded = seg.folded
    if len(folded) != len(seg.text):
        return rest
    for m in re.finditer(r"(?<=[\s\-–|/;])(?=[a-z])", folded):
        k = m.start()
        if k <= end:
            continue
        hit = match_header_label(folded[k:])
        if hit is not None and hit.field in AMOUNT_FIELDS:
            return seg.text[end:k].strip(" -–|/;,")
    return rest


def _continues(layout: PageLayout, seg: Segment, bbox: BBox) -> bool:
    """Does something that looks like more of the same number follow the value closely?"""
    after = [
        s
        for s in layout.rows[seg.row].segments
        if s.x0 >= bbox[2] - 1 and s.x0 - bbox[2] < layout.line_height * 3
    ]
    return bool(after) and re.match(r"^[-/_.]?\d", after[0].text) is not None


def _column_goes_on(layout: PageLayout, bbox: BBox, parse: Callable[[str], str | None]) -> bool:
    """Does the value under a label have another value of its kind right under it, in the
    same column? Then the label heads a column of a table (the invoices a reminder or a
    payment advice lists, "Date | Montant TTC" over rows), and its first cell is no header
    field: a header grid has one row of values under its labels."""
    x0, _top, x1, bottom = bbox
    rows = [r for r in layout.rows if r.top > bottom - 1]
    if not rows or rows[0].top - bottom > layout.line_height * 2.0:
        return False
    for s in rows[0].segments:
        if min(s.x1, x1) - max(s.x0, x0) > 0 and not _is_label(s):
            return parse(s.text) is not None
    return False


def _unrepaired(field: str, text: str) -> str | None:
    if field in DATE_FIELDS:
        return parse_date_value(text, repair=False)
    return parse_identifier(text, repair=False)


def _repaired(field: str, text: str, value: str | None) -> bool:
    """Was ``value`` read only by undoing OCR damage in ``text``?"""
    if value is not None and field in AMOUNT_FIELDS:
        return repeated_separator(text)
    if value is None or field not in (*ID_FIELDS, *DATE_FIELDS):
        return False
    return value != _unrepaired(field, text)


# a label inside a segment, after other words ("This invoice No. INV-1 covers", "Further to
# your order PO-7.", "INV-12 Date of Issue | 22/05/2025"): the value must follow it on the
# same line, and it is never trusted as much as a label that starts its segment
MID_LABEL_CAP = UNCONFIRMED_CAP
_MID_FIELDS = (*ID_FIELDS, *DATE_FIELDS)
# amount labels are read inside a segment only on a totals line (``_labels_inside``)
_MID_INSIDE = (*_MID_FIELDS, *AMOUNT_FIELDS)


def label_hits(
    layouts: list[PageLayout],
    doc_type: str,
    language: str,
    table_spans: dict[int, list[tuple[float, float]]] | None = None,
    amount_spans: dict[int, list[tuple[float, float]]] | None = None,
) -> list[Hit]:
    """Values under the header labels of every page; ``table_spans``: per page, the top
    and bottom of each line item, in whose rows no label is looked for inside a text and
    an amount label is an item's cell; ``amount_spans``: those of the items whose amount
    labels are cells (the bare rows ending a table may be its totals), by default all."""
    hits: list[Hit] = []
    order = 0
    spans = table_spans or {}
    money_spans = spans if amount_spans is None else amount_spans
    own = title_nouns(layouts[0], doc_type) if layouts else set()
    titles = own_titles(layouts[0], doc_type) if layouts else set()
    words = title_words(titles)
    for layout in layouts:
        # a column label ("TVA", "Total") of the lines table is not a header field: the
        # number under it is the first row's cell
        table_heads = {r.index for r in layout.rows if header_columns(r) is not None}
        table_heads |= {r.index for r in layout.rows if _references_head(r.segments, doc_type)}
        items = spans.get(layout.page, [])
        for seg in layout.segments:
            order += 1
            if seg.row in table_heads:
                continue
            hit = (
                (
                    tolerant_label(seg.folded, match_header_label(seg.folded), seg.text)
                    if seg.ocr
                    else match_header_label(seg.folded)
                )
                or _title_noun_label(seg.folded, own)
                or _title_label(seg.folded, titles, doc_type)
                or _title_word_label(seg.folded, words)
                or _bare_number_label(layout, seg, layout is layouts[0])
                or _running_title(seg.folded, titles, doc_type)
            )
            inside_table = any(top - 1 <= seg.top <= bottom - 1 for top, bottom in items)
            in_item = any(
                top - 1 <= seg.top <= bottom - 1 for top, bottom in money_spans.get(layout.page, [])
            )
            if hit is not None and in_item and hit.field in AMOUNT_FIELDS:
                hit = None  # an item's "Tax 20%" cell, not a totals line
            if hit is not None and hit.field in DATE_FIELDS and not _is_label(seg):
                hit = None  # "Due on receipt", "Livraison prévue semaine 12": a phrase
            if hit is not None:
                pair = _compound(layout, seg, hit, doc_type, language, order)
                hits.extend(
                    pair
                    if pair is not None
                    else _read_label(layout, seg, hit, doc_type, language, order, False)
                )
            elif (unread := _unread_then_date(seg)) is not None:
                # "Pièce / Date" over "2024/10655 / 8 août 24": the date's half is read
                hits.extend(_compound(layout, seg, unread, doc_type, language, order) or [])
            if inside_table:
                continue  # a description's words are no labels
            wrapped = _wrapped_label(layout, seg, hit)
            if wrapped is not None:
                joined, whole, inside = wrapped
                for h in _read_label(layout, joined, whole, doc_type, language, order, inside):
                    if h.placement in ("right", "inside"):
                        # a label put together from two lines: not trusted as one printed
                        # whole until a fit has seen how often it is right
                        h.cap = min(h.cap, MID_LABEL_CAP)
                        hits.append(h)
            for mid, mid_hit in _labels_inside(seg, hit):
                hits.extend(_read_label(layout, mid, mid_hit, doc_type, language, order, True))
            hits.extend(sentence_numbers(layout, seg, doc_type, order))
        hits.extend(_wrapped_grid_hits(layout, table_heads, doc_type, language, order))
    return hits


# A letter states its number in its subject line, by the document's kind and an identifier,
# with or without a number mark ("Re : QUOTE 8094559", "Objet : Facture n° FA-2024-12",
# "Subject: our order PO25-23978"), or asks for it to be quoted with the payment ("please
# quote reference F-2024-6960 with your payment"). Read from a sentence: offered, never
# shown sure (``MID_LABEL_CAP``), and weaker than any printed label.
_SUBJECT = re.compile(r"^\s*(?:objet|subject|subj|re|concerne|regarding|sujet)\s*[:.]\s*")
_OWN = (
    r"(?:(?P<own>our|notre|nos|my|mon|ma|the|this|la|le|cette|ce)\s+"
    r"|(?P<theirs>your|votre|vos)\s+)?"
)
# an identifier: letters, digits and separators, at least one digit, ending the phrase
_SENTENCE_ID = (
    r"(?P<id>(?=[a-z0-9./_-]*\d)[a-z0-9][a-z0-9./_-]{1,28}[a-z0-9])"
    r"(?=\s*$|[.,;:)(]|\s+[-–—(]"
    r"|\s+(?:du|of|dated|from|de|le|en date|d'|with|avec|on|sur|when|lors)\b)"
)
_SUBJECT_KINDS: list[tuple[str, re.Pattern[str]]] = [
    (
        kind,
        re.compile(
            _OWN
            + rf"(?:{words})(?:\s+(?:de vente|d'achat|client|commerciale?|sales|commercial))?"
            + rf"\.?\s*(?:{NUM}\s*(?:de |du |d')?)?\s*:?\s*"
            + _SENTENCE_ID
        ),
    )
    for kind, words in DOC_WORDS
]
_QUOTE_WITH_PAYMENT = re.compile(
    r"\b(?:quote|mention|rappeler|indiquer|preciser|reporter|use|utiliser)\s+"
    + _OWN
    + r"(?:(?P<kind>invoice|facture|order|commande)\s+)?"
    + rf"(?:reference|ref\.?|{NUMBER_ONLY}|numero)\s*(?:de (?:la )?(?:facture|commande)\s*)?:?\s*"
    + _SENTENCE_ID
)
_PAYMENT_WORD = re.compile(
    r"\b(?:payment|paiement|reglement|virement|remittance|transfer|invoices?|factures?)\b"
)


def sentence_numbers(layout: PageLayout, seg: Segment, doc_type: str, order: int) -> list[Hit]:
    """Document numbers stated in a subject line or in a sentence asking to quote them."""
    folded = seg.folded
    if len(folded) != len(seg.text):
        return []
    found: list[tuple[str, re.Match[str]]] = []
    sub = _SUBJECT.match(folded)
    if sub is not None and seg.top < layout.height * 0.6:
        for kind, pattern in _SUBJECT_KINDS:
            m = pattern.match(folded, sub.end())
            if m is not None:
                found.append((kind, m))
                break
    for m in _QUOTE_WITH_PAYMENT.finditer(folded):
        if _PAYMENT_WORD.search(folded, m.end()) is None:
            continue  # "quote" of what: with the payment, on the invoices
        kind = {"invoice": "invoice", "facture": "invoice"}.get(m.group("kind") or "", "")
        if m.group("kind") in ("order", "commande"):
            kind = "purchase_order"
        found.append((kind, m))
    out: list[Hit] = []
    for kind, m in found:
        if m.group("theirs"):
            # the counterpart's document: "your order" is the order answered
            field = "order_number" if kind == "purchase_order" else "ignore"
        elif (
            m.group("own") in ("our", "notre", "nos", "my", "mon", "ma")
            and doc_type == "other"
            and kind == "purchase_order"
        ):
            # "Subject: our order PO25-23978" on a page of unsure kind: the sender's own
            field = "document_number"
        else:
            field = resolve_docnum(f"docnum:{kind}", doc_type) or "ignore"
        if field not in ID_FIELDS or (field == "order_number" and doc_type == "purchase_order"):
            continue
        start, end = m.span("id")
        text = seg.text[start:end]
        value = parse_identifier(text, repair=False)
        if value is None or find_dates(text) or not re.search(r"\d", value):
            continue
        out.append(
            Hit(
                field,
                value,
                layout.page,
                seg.bbox_of(start, end),
                seg.confidence,
                0,
                order,
                seg.text[: m.start("id")].strip(),
                "inside",
                False,
                seg.ocr,
                text,
                MID_LABEL_CAP,
            )
        )
    return out


def _wordy(seg: Segment) -> bool:
    """A few words without a digit: a label, or a label's second line."""
    return not re.search(r"\d", seg.text) and len(seg.words) <= 4


def _wrapped_grid_hits(
    layout: PageLayout, skip: set[int], doc_type: str, language: str, order: int
) -> list[Hit]:
    """A header grid whose labels wrap onto a second line ("Date | Compte | Payable" over
    "facture | client | le" over "27/05/26 | CL-17402 | 27/05/26"): each label is its two
    lines read together, its value the cell under both in its column. Numbers and dates
    only, offered: a label put together is not trusted as one printed whole."""
    out: list[Hit] = []
    rows = layout.rows
    gap = layout.line_height
    for i, head in enumerate(rows[:-2]):
        tail, values = rows[i + 1], rows[i + 2]
        if head.index in skip or len(head.segments) < 2:
            continue
        if tail.top - head.bottom > 0.6 * gap or values.top - tail.bottom > 2.5 * gap:
            continue
        if not all(_wordy(s) for s in head.segments + tail.segments):
            continue
        if not any(re.search(r"\d", s.text) for s in values.segments):
            continue
        lower: dict[int, Segment] = {}
        for t in tail.segments:
            above = [k for k, h in enumerate(head.segments) if abs(h.x0 - t.x0) < 3]
            if len(above) != 1:
                break  # a line of its own, not the second lines of the labels
            lower[above[0]] = t
        else:
            if not lower:
                continue
            for k, second in lower.items():
                joined = Segment(head.segments[k].words + second.words, layout.page, tail.index)
                hit = match_header_label(joined.folded)
                if hit is None or joined.folded[hit.end :].strip():
                    continue  # the two lines do not make one label
                if hit.end <= len(head.segments[k].folded) + 1:
                    continue  # the first line alone is the label: read already
                if resolve_docnum(hit.field, doc_type) not in _MID_FIELDS:
                    continue
                for h in _read_label(layout, joined, hit, doc_type, language, order, False):
                    if h.placement == "below":
                        h.placement = "grid"
                        # a label put together from two lines, as ``_wrapped_label``'s
                        h.cap = min(h.cap, MID_LABEL_CAP)
                        out.append(h)
    return out


def title_nouns(layout: PageLayout, doc_type: str) -> set[str]:
    """The last word of the document's own title of two words or more, as printed in the
    upper part of page 1 ("note" of "Dispatch note", "list" of "Packing list"): a number
    label made of it ("Note no.", "List #") names the document itself."""
    from extraction.classify import TITLE_PATTERNS

    patterns = [p for t, p in TITLE_PATTERNS if t == doc_type]
    out: set[str] = set()
    for seg in layout.segments:
        if seg.top > layout.height * 0.4:
            break
        text = seg.folded.strip(" :.")
        for pattern in patterns:
            m = pattern.search(text)
            if m is None or len(m.group(0)) < 0.6 * len(text):
                continue  # a word in a sentence or a label, not the title
            words = re.findall(r"[a-z]+", m.group(0))
            if len(words) >= 2 and len(words[-1]) >= 3:
                out.add(words[-1])
    return out


def own_titles(layout: PageLayout, doc_type: str) -> set[str]:
    """The wordings of the document's own title printed on page 1 ("payment notification",
    "note de credit"): the title followed by an identifier gives the document's number."""
    from extraction.classify import TITLE_PATTERNS

    patterns = [p for t, p in TITLE_PATTERNS if t == doc_type]
    return {m.group(0) for seg in layout.segments for p in patterns for m in p.finditer(seg.folded)}


def _title_label(folded: str, titles: set[str], doc_type: str) -> LabelHit | None:
    """ "PAYMENT NOTIFICATION PAY/2025/04825", "Note de crédit AV/2025/00975": the document's
    own title right before its number, the weakest of number labels."""
    for title in titles:
        if folded.startswith(title):
            m = re.match(r"\s*[:#]?\s*(?=[a-z]{0,4}[-/.]?\d)", folded[len(title) :])
            if m is not None:
                return LabelHit(f"docnum0:{doc_type}", len(title) + m.end(), 0)
    return None


def _running_title(folded: str, titles: set[str], doc_type: str) -> LabelHit | None:
    """ "Severn Print Ltd · Invoice 7650379": the running head of a page, the sender's name,
    a middle dot, then the title and the number, the last thing on the line. Offered only."""
    for title in titles:
        m = re.search(
            rf"\s[·|]\s*{re.escape(title)}\s*[:#]?\s*(?=[a-z]{{0,4}}[-/.]?\d[\w\-/.]*\s*$)", folded
        )
        if m is not None:
            return LabelHit(f"docnum0:{doc_type}", m.end(), 0, True)
    return None


_STOP = {"de", "du", "des", "la", "le", "les", "of", "the", "del", "di", "der", "die", "das", "van"}
_NUMBER_WORD = (
    r"(?:n\s?°|n\.?\s?o\.?|no\.?|nr\.?|n\.|nummer|numm?ero|number|num\.?|#|ref(?:erence)?\.?)"
)
# a number mark printed alone before the document's number ("N°:", "Number", "Nr.")
_BARE_NUMBER = re.compile(
    r"^(?:n\s?°|n\.?\s?o\.?|no\.?|nr\.?|nummer|numm?ero|number|#)(?![a-z0-9])\s*[:.]?\s*"
    r"(?=$|[a-z]{0,4}[-/.]?\d)"
)
_OF = r"(?:\s*(?:de|du|d'|of|del|di|des|van)\s*)?(?:\s*(?:la|l'|le)\s*)?"


def title_words(titles: set[str]) -> set[str]:
    """The words of the document's own printed titles ("livraison" of "Bordereau de
    livraison", "recordatorio" of "Recordatorio de pago") and the initials of a title of two
    words or more ("ar" of "Accusé de réception")."""
    out: set[str] = set()
    for title in titles:
        out.add(title)
        words = [w for w in re.findall(r"[a-z]+", title) if w not in _STOP]
        out.update(w for w in words if len(w) >= 3)
        if len(words) >= 2:
            out.add("".join(w[0] for w in words))
    return out


def _title_word_label(folded: str, words: set[str]) -> LabelHit | None:
    """ "N° de livraison" under "Bordereau de livraison", "Ref. recordatorio" under
    "Recordatorio de pago": a number mark and a word of the document's own title, in either
    order, the document's own number by a wording none of the known labels reads. Proposed
    only (read as a foreign label), never auto-accepted."""
    if not words:
        return None
    m = re.match(
        rf"^(?:{_NUMBER_WORD}\s*{_OF}([a-z]+)|([a-z]+(?:[ '][a-z]+){{0,4}})[\s-]?{_NUMBER_WORD})"
        r"(?![a-z0-9])\s*[:.]?\s*",
        folded,
    )
    if m is None or not _names_title(m.group(1) or m.group(2), words):
        return None
    return LabelHit("docnum:", m.end(), 1, True)


def _names_title(word: str, words: set[str]) -> bool:
    """Whether ``word`` of a label is a word of the title: the same, or one compounded with
    it ("Rechnungs-" of "Rechnung", "Bestell-" of "Bestellung")."""
    if word in words or word.rstrip("s") in words:
        return True
    return len(word) >= 5 and any(
        len(w) >= 5 and (w.startswith(word) or word.startswith(w)) for w in words
    )


def _bare_number_label(layout: PageLayout, seg: Segment, first: bool) -> LabelHit | None:
    """A number mark alone ("N°:", "Number", "Nr.") in the head of page 1, over or before a
    code: the document's own number, offered only."""
    if not first or seg.top > layout.height * 0.45:
        return None
    m = _BARE_NUMBER.match(seg.folded)
    return LabelHit("docnum:", m.end(), 1, True) if m is not None else None


def _title_noun_label(folded: str, nouns: set[str]) -> LabelHit | None:
    """ "Note no." on a dispatch note: the title's noun and a number mark, the document's own
    number (a label none of the known wordings reads)."""
    if not nouns:
        return None
    m = re.match(r"^(\w+)\s*" + NUMBER_ONLY + r"(?![a-z0-9])\s*(?:[:.]|[-–—](?=\s))?\s*", folded)
    if m is None or m.group(1) not in nouns:
        return None
    return LabelHit("docnum:", m.end(), 2)


def _wrapped_label(
    layout: PageLayout, seg: Segment, hit: LabelHit | None
) -> tuple[Segment, LabelHit, bool] | None:
    """A label printed over two lines of a narrow label column, its value right of the first
    ("Date du | 11/05/2025" over "document", "Customer | CL-301" over "Code", "Votre bon de |
    BC24" over "commande"): the label of both lines together, read on the first line's row,
    and whether it starts inside ``seg`` (after a value the reader glued to it).

    Only when the second line is a few words flush under a word of the first, with nothing
    in the value's column on its own row, and the two lines read as one label that needs
    both."""
    if seg.row + 1 >= len(layout.rows):
        return None
    nxt = layout.rows[seg.row + 1]
    if nxt.top - seg.bottom > layout.line_height * 0.6:
        return None
    right = [s for s in layout.rows[seg.row].segments if s.x0 >= seg.x1 - 1]
    if not right:
        return None
    value = right[0]
    starts, pos = [], 0
    for w in seg.words:
        starts.append((pos, w))
        pos += len(w.text) + 1
    for k, word in starts:
        under = [s for s in nxt.segments if abs(s.x0 - word.bbox[0]) < 3]
        if len(under) != 1:
            continue
        tail = under[0]
        if re.search(r"\d", tail.text) or len(tail.words) > 3:
            continue
        if any(tail.x1 < s.x0 < value.x1 for s in nxt.segments if s is not tail):
            continue  # the value's column goes on under it: that line has its own value
        head = seg.sub(k) if k else seg
        joined = Segment(head.words + tail.words, seg.page, seg.row)
        whole = match_header_label(joined.folded)
        if whole is None or joined.folded[whole.end :].strip():
            continue
        if whole.end <= len(head.folded) + 1:
            continue  # the first line alone is the label
        if k == 0 and hit is not None and hit.field == whole.field:
            continue  # read already
        return joined, whole, k > 0
    return None


# a caption no list holds, a slash, then a date's label ("Pièce / Date", "Ref / Date")
_UNREAD_THEN = re.compile(r"\s*([^\W\d][^/\d:]{0,24}?)\s*/\s*(?=\S)")


def _unread_then_date(seg: Segment) -> LabelHit | None:
    """The first half of a pair of captions whose first no list holds and whose second
    names a date, as a label that reads nothing (its value's half is left alone)."""
    m = _UNREAD_THEN.match(seg.folded)
    if m is None:
        return None
    second = match_header_label(seg.folded[m.end() :])
    if second is None or second.field not in DATE_FIELDS:
        return None
    return LabelHit("ignore", m.end(1), 0)


# two values joined by a spaced slash ("FAC-12 / 11.03.2025")
_PAIRED = re.compile(r"\s+/\s+")


def _compound(
    layout: PageLayout, seg: Segment, hit: LabelHit, doc_type: str, language: str, order: int
) -> list[Hit] | None:
    """Two labels joined by a slash over two values joined the same way ("Numéro/Date
    FAC-12 / 11.03.2025", "No. / Date | 2024/60465 / 12/28/2024"): each value is its
    label's. None when ``seg`` does not start so."""
    folded = seg.folded
    slash = re.match(r"\s*/\s*", folded[hit.end :])
    if slash is None:
        return None
    start2 = hit.end + slash.end()
    second = match_header_label(folded[start2:])
    if second is None:
        return None
    labels = [(hit, seg.text[: hit.end]), (second, seg.text[start2 : start2 + second.end])]
    end = start2 + second.end
    rest = seg.text[end:].strip()
    if rest:
        text, bbox, where = rest, seg.bbox_of(end, len(seg.text)), "inline"
    else:
        # the pair's value beside the label, or under it (a caption over its cell in a grid)
        whole = replace(second, end=end)
        found = [(t, b, w) for t, b, _c, w in _candidates(layout, seg, whole) if _PAIRED.search(t)]
        if not found:
            return None
        text, bbox, where = found[0]
    parts = _PAIRED.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    out: list[Hit] = []
    for (h, label), part in zip(labels, parts, strict=True):
        field = resolve_docnum(h.field, doc_type)
        if field is None or field == "ignore":
            continue
        value = parser_for(field, language)(part)
        if value is None:
            continue
        cap = FOREIGN_LABEL_CAP if h.foreign else MID_LABEL_CAP if h.composed else 1.0
        rank = h.priority + label_bonus(field, label)
        out.append(
            Hit(
                field,
                value,
                layout.page,
                bbox,
                seg.confidence,
                rank,
                order,
                label,
                where,
                field in DATE_FIELDS and _repaired(field, part, value),  # a damaged date
                seg.ocr,
                part,
                cap,
            )
        )
    return out or None


# a sentence about the delivery, up to where a label inside it starts
DELIVERY_SENTENCE = re.compile(
    r"\b(?:delivery|deliveries|livraison|shipment|dispatch|despatch|expedition)\b[^.;!?]*$"
)


def _labels_inside(seg: Segment, first: LabelHit | None) -> list[tuple[Segment, LabelHit]]:
    """Labels of numbers and dates that start at a word inside ``seg`` (after the label it
    starts with, if any), each with the segment from that word on."""
    out: list[tuple[Segment, LabelHit]] = []
    folded = seg.folded
    after = first.end if first is not None else 1
    # a totals line ("Total HT : 974,00 € - TVA 20 % : 194,80 € - Total TTC : …") holds
    # the labels of the other totals, each before its amount
    totals_line = first is not None and first.field in AMOUNT_FIELDS
    for m in re.finditer(r"(?<=\s)(?=[a-z#])", folded):
        k = m.start()
        if k < after:
            continue
        hit = match_header_label(folded[k:])
        if hit is None or hit.field == "docnum:" or hit.field == "ignore":
            continue
        if hit.field == "total_tax" and ends_with_net_qualifier(folded[:k]):
            # "… hors taxes 1 000,00", "… (before tax 1,000.00)": the qualifier says the
            # amount leaves the tax out; the tax word names no tax
            hit = LabelHit("total_net", hit.end, 1, composed=True)
        words = folded[k : k + hit.end].strip(" :.-#")
        ends = not folded[k + hit.end :].strip()
        amount = totals_line and hit.field in AMOUNT_FIELDS
        if (
            (len(words) < 6 or re.fullmatch(r"dated?|due|ref\w*", words))
            and not (ends and field_ends_cell(hit.field))
            and not amount
        ):
            # a bare "date" or "due" inside a sentence names any date; one that ends the
            # text, its value in the next cell, is a label the reader glued to the value
            # before it ("P-2024-4743 Date | 01/02/2024")
            continue
        field = hit.field
        if not (field.startswith("docnum") or field in _MID_FIELDS or amount):
            continue
        if field == "due_date" and DELIVERY_SENTENCE.search(folded[:k]):
            continue  # "Delivery is due on 12/03/2025": the goods are due, not a payment
        sub = seg.sub(k)
        if sub.text != seg.text[k:]:
            continue
        out.append((sub, hit))
        after = k + hit.end
    return out


def field_ends_cell(field: str) -> bool:
    """Fields whose bare label may end a cell, its value in the next one."""
    return field in DATE_FIELDS or field.startswith("docnum")


def _read_label(
    layout: PageLayout,
    seg: Segment,
    hit: LabelHit,
    doc_type: str,
    language: str,
    order: int,
    inside: bool,
) -> list[Hit]:
    """The value(s) the label ``hit`` at the start of ``seg`` gives, as hits."""
    out: list[Hit] = []
    field = resolve_docnum(hit.field, doc_type)
    if field is None or field == "ignore" or (inside and field not in _MID_INSIDE):
        return out
    parse = parser_for(field, language)
    label = seg.text
    right = [s for s in layout.rows[seg.row].segments if s.x0 >= seg.x1 - 1]
    if right and _RATE.match(right[0].text):
        label += " " + right[0].text  # per-rate VAT lines stay apart
    if field == "document_number" and _names_another_reference(seg, hit):
        return out
    if field == "document_date" and _another_documents_date(seg.folded, doc_type):
        return out
    if field == "customer_number" and _bank_account(layout, seg, hit):
        return out
    if (
        field == "customer_number"
        and _COUNTERPART.search(seg.folded[: hit.end])
        and doc_type in ("purchase_order", "payment_advice")
    ):
        return out  # the buyer's ledger number of its supplier, not a customer's
    if field in DATE_FIELDS and _qualified_bare_date(seg, hit.end):
        return out
    # a payment's date is a remittance's field; on a bill or an order a "Value date" or
    # "Paid on" may be anything from a bank's valuta to a deposit's: offered, never sure
    unpaid_kind = field == "payment_date" and doc_type not in ("payment_advice", "other")
    # which field a number label fills depends on the document's type; on one of
    # unknown type ("other") the same label may be its own number or another's
    named = hit.field.split(":", 1)[1] if hit.field.startswith("docnum:") else ""
    cap = UNCONFIRMED_CAP if doc_type == "other" and named not in ("", "other") else 1.0
    if field == "document_number" and re.search(r"\bref", seg.folded[: hit.end]):
        # "Ref.", "Quote Ref.": a reference to some document, maybe this one
        cap = min(cap, UNCONFIRMED_CAP)
    # "Shipment no.", "Delivery no." on a delivery note: the number of the shipment, which
    # the note's own number ("Number", "Note no.") may or may not be (``collect``)
    movement = field == "document_number" and _names_the_goods_movement(seg.folded[: hit.end])
    if field == "customer_number" and re.fullmatch(_BARE_ACCOUNT, seg.folded[: hit.end]):
        # a bare "Account", "Client", "Compte": some account, most often the buyer's
        cap = min(cap, MID_LABEL_CAP)
    if hit.foreign:
        cap = FOREIGN_LABEL_CAP  # read in a language orderdesk does not read
    if hit.composed:
        cap = min(cap, MID_LABEL_CAP)  # a wording read from its words, never listed
    if inside or unpaid_kind:
        cap = min(cap, MID_LABEL_CAP)
    weak = WEAK_LABEL.fullmatch(seg.folded[: hit.end]) is not None
    if weak:
        cap = min(cap, MID_LABEL_CAP)  # a bare word, never measured as a label
        if field == "payment_terms":
            parse = _terms_shaped
    for text, bbox, conf, where in _candidates(layout, seg, hit):
        if inside and where not in ("inline", "right"):
            break
        # a caption's value found by spacing alone is offered, never shown sure
        read_cap = min(cap, MID_LABEL_CAP) if where == "above" else cap
        value = parse(text)
        if (
            value is not None
            and where in ("below", "grid")
            # terms are any phrase: only a phrase of terms under them makes a column
            and _column_goes_on(layout, bbox, _terms_shaped if field == "payment_terms" else parse)
        ):
            break  # a column of a table of payments or invoices, not a field
        repaired = _repaired(field, text, value)
        if repaired and not seg.ocr:  # a text layer has no OCR damage to undo
            value = None if field in AMOUNT_FIELDS else _unrepaired(field, text)
            repaired = False
        if value is not None and field in ID_FIELDS and _continues(layout, seg, bbox):
            conf = min(conf, 0.5)  # "BL-2026 | -1594": the number may be cut short
        if value is not None:
            rank = hit.priority + label_bonus(field, label)
            out.append(
                Hit(
                    field,
                    value,
                    layout.page,
                    bbox,
                    conf,
                    rank,
                    order,
                    label,
                    "inside" if inside else where,
                    repaired,
                    seg.ocr,
                    text,
                    read_cap,
                    movement,
                )
            )
            if where != "right" or field not in ID_FIELDS:
                break
            # a number beside the label may be another column's (a postcode across
            # a sidebar): the one under it stays a candidate, for the constraints
    if not out and field == "due_date" and not inside and not hit.composed:
        out = _terms_under_due_label(layout, seg, hit, label, order)
    return out


# a bare word that names a field only by what follows it ("Livraison : 28/03/2025",
# "Conditions : 30 jours net"): its value must have the field's shape
WEAK_LABEL = re.compile(
    r"\W*(?:livraison|delai|delivery|expedition|conditions?|paiement|payment)[\W_]*"
)


def _terms_shaped(text: str) -> str | None:
    """``text`` as payment terms when it reads as a delay or a moment of payment."""
    value = terms.up_to_another_item(text.strip(" :.")).strip(" :.")
    return value if terms.is_terms_phrase(value) and not find_dates(value) else None


def _terms_under_due_label(
    layout: PageLayout, seg: Segment, hit: LabelHit, label: str, order: int
) -> list[Hit]:
    """ "Échéance : 30 jours fin de mois", "Payment due: Net 30": a due date's label whose
    value is no date but a delay is the payment terms. A label of another field read as
    terms: offered (``MID_LABEL_CAP``) until a fit has measured it."""
    for text, bbox, conf, where in _candidates(layout, seg, hit):
        value = _terms_shaped(text)
        if value is None:
            continue
        return [
            Hit(
                "payment_terms",
                value,
                layout.page,
                bbox,
                conf,
                1,
                order,
                label,
                where,
                False,
                seg.ocr,
                text,
                MID_LABEL_CAP,
            )
        ]
    return []


_GOODS_MOVEMENT = re.compile(
    r"\b(?:shipment|shipping|dispatch|despatch|delivery|livraison|expedition|envoi|consignment)\b"
)
_NOTE_NOUN = re.compile(r"\b(?:note|slip|list|docket|bon|bordereau|bl|dn)\b")


def _names_the_goods_movement(label: str) -> bool:
    """Does a number label name the shipment or delivery rather than a document ("Shipment
    no.", "N° d'expédition", not "Delivery note no.", "N° de BL")?"""
    return _GOODS_MOVEMENT.search(label) is not None and _NOTE_NOUN.search(label) is None


# the accountants' "tiers": the other party of the issuer's ledger, the customer on what a
# seller sends, the supplier on what a buyer sends
_COUNTERPART = re.compile(r"\btiers\b")
_BARE_ACCOUNT = r"\W*(?:account|client|compte|debiteur)\W*"
_BANK_WORDS = re.compile(
    r"\b(?:bank|banque|iban|bic|swift|sort code|routing|aba|rib|guichet|domiciliation|"
    r"account (?:name|holder)|beneficiary|titulaire)\b"
)


def _bank_account(layout: PageLayout, seg: Segment, hit: LabelHit) -> bool:
    """A bare "Account" among bank details ("Bank | Sort code | Account") is the bank
    account, not the customer's account with the sender."""
    if not re.fullmatch(_BARE_ACCOUNT, seg.folded[: hit.end]):
        return False
    if re.match(r"[a-z]{2}\d{2}\s?[a-z0-9]{4}", seg.folded[hit.end :].strip()):
        return True  # "Compte : FR76 3000 …": an IBAN
    near = layout.rows[max(0, seg.row - 2) : seg.row + 3]
    return any(_BANK_WORDS.search(s.folded) for r in near for s in r.segments)


def _references_head(segments: list[Segment], doc_type: str) -> bool:
    """Is this row of bare labels the head of a table of other documents ("Facture n° |
    Date | Montant TTC | Restant dû" on a reminder or a payment advice)? It starts with
    the number of a document of another kind and names none of this one: its dates and
    amounts are those documents', not this one's."""
    labels = [match_header_label(s.folded) for s in segments]
    if len(segments) < 3 or labels[0] is None or not labels[0].field.startswith("docnum"):
        return False
    if (
        sum(
            h is not None
            and not s.folded[h.end :].strip()
            # a bare "Payment" or "Livraison" names a field only by its value's shape
            and WEAK_LABEL.fullmatch(s.folded) is None
            for h, s in zip(labels, segments, strict=True)
        )
        < 3
    ):
        return False
    fields = [resolve_docnum(h.field, doc_type) for h in labels if h is not None]
    return fields[0] == "ignore" and "document_number" not in fields


_OTHER_REFERENCE = re.compile(
    r"^(?:ref(?:erence)?|n\s?°|no|num(?:ero)?)\.?\s*(?:de |du |d')?(?:la |l')?[a-z]{3,}"
)
_DOC_NOUNS = re.compile(r"(?:document|doc|piece|facture|invoice|commande|order|avoir|bl|bon)\b")


def _names_another_reference(seg: Segment, hit: LabelHit) -> bool:
    """ "Réf. marché", "N° de lot", "Ref. projet": a generic number label followed by a noun
    that names some other reference, not the document's own number."""
    folded = seg.folded.strip()
    m = _OTHER_REFERENCE.match(folded)
    if m is None or m.end() <= hit.end - 1:
        return False
    noun = folded[hit.end :].lstrip(" .:")
    noun = re.sub(r"^(?:de |du |des |d'|of |the )?(?:la |l')?", "", noun)  # "N° de suivi"
    return not _DOC_NOUNS.match(noun) and re.match(r"[a-z]{3,}", noun) is not None


# the kind of document a date label names ("Invoice date", "Date de commande")
_DATED_DOCUMENT: list[tuple[str, re.Pattern[str]]] = [
    ("invoice", re.compile(r"^(?:invoice date|date (?:de (?:la )?)?facture)")),
    (
        "order",
        re.compile(
            r"^(?:order date|po date|date (?:de (?:la )?)?commande|ordered on|order placed"
            r"|placed on|commandee? le|passee? le)"
        ),
    ),
]
_OWN_DATES = {
    "invoice": ("invoice", "credit_note"),
    "order": ("purchase_order", "order_confirmation"),
}


def _another_documents_date(folded: str, doc_type: str) -> bool:
    """ "Invoice date" on a payment advice is the date of an invoice it pays; "Order date"
    on an invoice is the order's: neither is the document's own date."""
    for named, pattern in _DATED_DOCUMENT:
        if pattern.match(folded.strip()):
            return doc_type not in _OWN_DATES[named] and doc_type != "other"
    return False


# labels of the amount to pay that may include more than this document (a previous
# balance, instalments already paid): weaker than those naming the document's own total
_RUNNING_BALANCE = re.compile(r"(?i)\b(due|balance|solde|a payer|a regler|restant)\b")
_OWN_TOTAL = re.compile(
    r"(?i)\b(ttc|incl|grand total|montant total|total amount|invoice total|toutes taxes)\b"
)


def _qualified_bare_date(seg: Segment, end: int) -> bool:
    """ "Date de validité", "Date of expiry": only the bare word "Date" was recognised and
    words that are not a date follow it in the label: they name a date orderdesk has no
    field for, which a bare "Date" would otherwise outrank."""
    if not re.fullmatch(r"\W*dated?\W*", seg.folded[:end]):
        return False
    rest = seg.text[end:]
    if _OWN_DATE.match(fold(rest)):
        return False  # "Date of Invoice", "Date de la commande": the document's own
    return re.match(r"\W*[^\W\d_]{2}", rest) is not None and parse_date_value(rest) is None


_OWN_DATE = re.compile(
    r"\W*(?:of|de|du|d')?\s*(?:la |l'|le |the |this )?(?:invoice|facture|order|commande|"
    r"document|issue|emission|credit note|avoir|quot(?:e|ation)|devis|confirmation|advice|"
    r"avis|delivery note|bon|bl|reminder|relance)\b"
)


def label_bonus(field: str, label: str) -> int:
    """How much more (or less) specific this label is than its pattern's priority says."""
    folded = fold(label)
    if field in DATE_FIELDS:
        # a bare "Date" may head a column of payments or deliveries
        return -1 if re.fullmatch(r"\W*dated?\W*", folded) else 0
    if field != "total_gross":
        return 0
    if _OWN_TOTAL.search(folded):
        return 1
    if _RUNNING_BALANCE.search(folded):
        return -1
    return 0

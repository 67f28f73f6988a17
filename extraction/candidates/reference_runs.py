"""References set as runs of labels and values that no "label: value" reader pairs.

- A line of several references split by pipes or bullets ("Invoice INV-7 | Your order
  PO-9 | Customer C-44"): each piece is read alone, its label then its one identifier;
- label and value each in a cell of its own along a row, in either order: a value before
  its label ("INV-7   Invoice number") when the row's run starts with a value and ends
  with a label, a label before its value when it starts with a label;
- a row of values over a row of their captions, each caption under its value;
- a bare buyer's word ("Customer", "Client") before one code with a digit: the buyer's
  account, as a bare "Client" before a code is read by the vocabulary.

The value must be shaped as a reference (``reference_shaped``): one token with a digit,
no date, amount, IBAN or VAT number. Every reading here is new: offered under the listed
labels' readings and capped at ``references.REFERENCE_CAP`` until a calibration shows it
earns more; a value read already for the same field only gains the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extraction import fields
from extraction.candidates.model import Candidates
from extraction.candidates.reading import Reading
from extraction.candidates.reference_concept_readers import (
    _among_bank_details,
    _label_field,
    _offer,
    _outside,
    header_segments,
)
from extraction.candidates.reference_concepts import KINDS
from extraction.candidates.reference_constraints import REFERENCE_FIELDS, bank_or_tax_number
from extraction.geometry import x_overlap
from extraction.layout import PageLayout, Row, Segment
from extraction.parse.dates import find_dates
from extraction.parse.text import fold

RUN_PRIOR = 0.35
PIECE_NOTE = "a reference among others split by pipes or bullets"
VALUE_FIRST_NOTE = "a value in the cell before its label's"
LABEL_CELL_NOTE = "a label in a cell of its own before its value's"
CAPTION_UNDER_NOTE = "a caption under its value"
RUN_NOTES = (PIECE_NOTE, VALUE_FIRST_NOTE, LABEL_CELL_NOTE, CAPTION_UNDER_NOTE)

# what splits a line of references: a pipe, a bullet, a middle dot or a broken bar
_SEPARATOR = re.compile(r"\s+[|•·¦]\s+|\s*\|\s*")
# one token, a digit in it, starting and ending with a letter or a digit
_TOKEN = re.compile(r"^(?=[A-Za-z0-9./_-]*\d)[A-Za-z0-9][A-Za-z0-9./_-]{1,28}[A-Za-z0-9]$")
_AMOUNT = re.compile(r"^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$|^\d+[.,]\d{1,2}$")
_BUYER_WORDS = {"customer", "client", "cust", "debtor", "debiteur", "acheteur", "buyer"}
_ANSWERS = ("invoice", "credit_note", "delivery_note", "order_confirmation")
_LABEL_WORDS = re.compile(r"^[^\d]{2,40}$")


def reference_shaped(printed: str) -> str | None:
    """The identifier ``printed`` is when it is shaped as a reference: one token with a
    digit, no date, amount, IBAN or VAT number; None otherwise."""
    text = printed.strip().strip(" :.,;()")
    if not _TOKEN.match(text) or _AMOUNT.match(text) or find_dates(text):
        return None
    if bank_or_tax_number(text) is not None:
        return None
    return fields.parse_identifier(text, repair=False)


def bare_field(label: str, doc_type: str) -> str | None:
    """The reference a bare word names: a buyer's word ("Customer") the buyer's account,
    the document's own kind its number, an order's noun the buyer's order on what answers
    it."""
    words = re.findall(r"[a-z]+", label)
    if len(words) != 1:
        return None
    word = words[0]
    if word in _BUYER_WORDS:
        return "customer_number"
    if word in KINDS.get(doc_type, frozenset()) and len(word) > 2:
        return "document_number"
    if doc_type in _ANSWERS and word in ("order", "commande", "po"):
        return "order_number"
    return None


def label_field(label: str, doc_type: str) -> str | None:
    """The reference field the whole of ``label`` (printed) names, or None."""
    folded = fold(label).strip(" :.#()[]-–—")
    if not _LABEL_WORDS.match(folded):
        return None
    return _label_field(folded, doc_type) or bare_field(folded, doc_type)


def in_pieces(doc: Reading, out: Candidates) -> None:
    """Each piece of a line split by pipes or bullets read as a label then one value."""
    for layout, seg, order in header_segments(doc):
        if not _SEPARATOR.search(seg.text):
            continue
        start = 0
        for cut in [*_SEPARATOR.finditer(seg.text), None]:
            end = cut.start() if cut else len(seg.text)
            _read_piece(doc, out, layout, seg, start, end, order)
            start = cut.end() if cut else end


def _read_piece(
    doc: Reading,
    out: Candidates,
    layout: PageLayout,
    seg: Segment,
    start: int,
    end: int,
    order: int,
) -> None:
    piece = seg.text[start:end].strip()
    head, _sep, last = piece.rpartition(" ")
    if not head:
        return
    field = label_field(head.rstrip(" :#"), doc.doc_type)
    value = reference_shaped(last) if field else None
    if field is None or value is None:
        return
    if field == "customer_number" and _among_bank_details(layout, seg, len(seg.text)):
        return  # "ABA 0443 · Acct 1098": the bank account, not the buyer's
    at = seg.text.index(last, start)
    _offer_at(
        doc, out, layout, seg, (at, at + len(last)), field, value, order, [head.strip(), PIECE_NOTE]
    )


def _offer_at(
    doc: Reading,
    out: Candidates,
    layout: PageLayout,
    seg: Segment,
    span: tuple[int, int],
    field: str,
    value: str,
    order: int,
    notes: list[str],
) -> None:
    """Offer ``value`` printed at ``span`` of ``seg`` as ``field``, at this module's prior."""
    source = doc.sources[layout.page]
    bbox = seg.bbox_of(*span)
    _offer(
        out, field, value, layout.page, bbox, source, RUN_PRIOR, seg.ocr_confidence, order, notes
    )


def in_cell_runs(doc: Reading, out: Candidates) -> None:
    """Labels and values in cells of their own along a row, paired by the run's order."""
    for layout, row, cells in _header_rows(doc):
        for run in _runs(cells, doc.doc_type):
            _pair(doc, out, layout, run, row.index)


def _header_rows(doc: Reading) -> Iterator[tuple[PageLayout, Row, list[Segment]]]:
    """Each row of each page with its segments outside the line table."""
    from extraction.candidates.collect import table_spans

    spans = table_spans(doc.lines)
    for layout in doc.layouts:
        items = spans.get(layout.page, [])
        for row in layout.rows:
            yield layout, row, [s for s in row.segments if _outside(s, items)]


# a cell of a run: ("L", field, segment) or ("V", value, segment)
_Cell = tuple[str, str, Segment]


def _runs(cells: list[Segment], doc_type: str) -> list[list[_Cell]]:
    """The runs of label and value cells along a row, other cells breaking them."""
    runs: list[list[_Cell]] = [[]]
    for seg in cells:
        field = label_field(seg.text, doc_type)
        value = None if field else reference_shaped(seg.text)
        if field:
            runs[-1].append(("L", field, seg))
        elif value:
            runs[-1].append(("V", value, seg))
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if len(r) >= 2]


def _pair(doc: Reading, out: Candidates, layout: PageLayout, run: list[_Cell], order: int) -> None:
    """Offer the pairs of a run that alternates value, label (value first) or label, value
    (label first); a run of another shape pairs nothing."""
    kinds = "".join(k for k, _x, _s in run)
    if len(kinds) % 2 or kinds not in ("VL" * (len(kinds) // 2), "LV" * (len(kinds) // 2)):
        return
    value_first = kinds[0] == "V"
    for i in range(0, len(run), 2):
        first, second = run[i], run[i + 1]
        (_v, value, vseg), (_l, field, lseg) = (first, second) if value_first else (second, first)
        if not value_first and _label_field(fold(lseg.text).strip(" :.#"), doc.doc_type):
            continue  # a listed or concept label before its value: its own readers read it
        if field == "customer_number" and _among_bank_details(layout, lseg, len(lseg.text)):
            continue  # the bank account among bank details
        if _far_apart(first[2], second[2], layout) or _has_value_under(lseg, layout):
            continue  # cells of two blocks, or a caption over its own value
        _offer_at(
            doc,
            out,
            layout,
            vseg,
            (0, len(vseg.text)),
            field,
            value,
            order,
            [lseg.text.strip(), VALUE_FIRST_NOTE if value_first else LABEL_CELL_NOTE],
        )


# how far under its value a caption may stand, in line heights
_CAPTION_GAP = 2.2


def captions_under_values(doc: Reading, out: Candidates) -> None:
    """A row of values over a row of their captions ("INV-7 | 12/03/2025 | C-44" over
    "Invoice number | Date | Account"): each caption's value is the one cell over it, when
    the row over holds no caption and no value stands under the caption (then the caption
    is over its value, which the caption readers read)."""
    for layout, row, cells in _header_rows(doc):
        if row.index == 0:
            continue
        over = layout.rows[row.index - 1]
        if row.top - over.bottom > _CAPTION_GAP * layout.line_height:
            continue
        if any(label_field(s.text, doc.doc_type) for s in over.segments):
            continue  # a row of captions over this one
        for seg in cells:
            field = label_field(seg.text, doc.doc_type)
            if field is None or _has_value_under(seg, layout):
                continue
            above = [s for s in over.segments if x_overlap(s, seg) > 0]
            value = reference_shaped(above[0].text) if len(above) == 1 else None
            if value is None or _captioned_over(above[0], layout, doc.doc_type):
                continue
            _offer_at(
                doc,
                out,
                layout,
                above[0],
                (0, len(above[0].text)),
                field,
                value,
                row.index,
                [seg.text.strip(), CAPTION_UNDER_NOTE],
            )


def _captioned_over(value: Segment, layout: PageLayout, doc_type: str) -> bool:
    """Does a caption naming a reference stand right over ``value``? Then ``value`` is that
    caption's (a grid of captions over values), not the value of a caption under it (the
    heading of the block that follows the grid, "Client" over the buyer's address)."""
    if value.row == 0:
        return False
    above = layout.rows[value.row - 1]
    if value.top - above.bottom > _CAPTION_GAP * layout.line_height:
        return False
    return any(
        x_overlap(s, value) > 0 and label_field(s.text, doc_type) is not None
        for s in above.segments
    )


def _value_over(cells: list[Segment], caption: Segment, layout: PageLayout) -> bool:
    """Does a value shaped as a reference stand right under ``caption``?"""
    return any(
        x_overlap(s, caption) > 0
        and s.top - caption.bottom <= _CAPTION_GAP * layout.line_height
        and reference_shaped(s.text)
        for s in cells
    )


# the widest gap between a label's cell and its value's, as a share of the page's width
_MAX_GAP = 0.25


def _far_apart(left: Segment, right: Segment, layout: PageLayout) -> bool:
    return right.x0 - left.x1 > _MAX_GAP * layout.width


def _has_value_under(caption: Segment, layout: PageLayout) -> bool:
    below = caption.row + 1
    return below < len(layout.rows) and _value_over(layout.rows[below].segments, caption, layout)


OWN_LABEL_NOTE = "the value's own label, printed before it in its cell"
# a short word of capitals a value starts with, then a space: "PO" of "PO 086260"
_OWN_PREFIX = re.compile(r"([A-Z][A-Z.]{0,4})\s+(?=\w)")


def _value_segment(layout: PageLayout, bbox: tuple[float, float, float, float]) -> Segment | None:
    """The segment of ``layout`` that holds the box ``bbox``."""
    for seg in layout.segments:
        if seg.x0 - 1 <= bbox[0] and bbox[2] <= seg.x1 + 1 and seg.top - 1 <= bbox[1] < seg.bottom:
            return seg
    return None


def values_with_their_own_label(doc: Reading, out: Candidates) -> None:
    """A value read beside a label in another cell ("TAX INVOICE" ... "PO 086260 / 12/13/2025")
    whose own cell prints a label of another reference before it is that label's value: the
    far label's reading is vetoed, and the value is offered to the field its own label
    names."""
    pages = {layout.page: layout for layout in doc.layouts}
    for name in REFERENCE_FIELDS:
        for c in list(out.get(name, [])):
            if c.vetoed is not None or c.origin != "label" or not c.notes or c.bbox is None:
                continue
            layout = pages.get(c.page) if c.page is not None else None
            if layout is None:
                continue
            seg = _value_segment(layout, c.bbox)
            if seg is None or fold(c.notes[0]).strip(" :") in seg.folded:
                continue  # the label is in the value's own cell
            start, value = seg.text.find(c.value), c.value
            head = _OWN_PREFIX.match(value) if start == 0 else None
            if head is not None and label_field(head.group(1), doc.doc_type) not in (None, name):
                # the value read keeps a prefix of capitals ("PO 086260"), as numbers printed
                # with one are read; alone in its cell that prefix is the value's own label
                start, value = head.end(), value[head.end() :]
            if start <= 0:
                continue
            own = label_field(seg.text[:start], doc.doc_type)
            if own is None or own == name:
                continue
            c.vetoed = f"{OWN_LABEL_NOTE}: the {own}"
            end = start + len(value)
            _offer_at(
                doc,
                out,
                layout,
                seg,
                (start, end),
                own,
                value,
                c.order,
                [seg.text[:start].strip(), OWN_LABEL_NOTE],
            )


def add(doc: Reading, out: Candidates) -> None:
    """Every reading of this module."""
    in_pieces(doc, out)
    in_cell_runs(doc, out)
    captions_under_values(doc, out)
    values_with_their_own_label(doc, out)

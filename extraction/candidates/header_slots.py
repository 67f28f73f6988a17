"""The document's own number when no label the reader knows names it (issue 20, header
values): found by structure, not by one more wording.

A sender's header prints its number after a word of its own ("Folio: INV-0631", "CTRL
ACK-154"), a bare mark, or nothing at all (the value alone in a box under the title). The
labelled readers find no candidate there, and before this module the reader stayed blind.
Here every identifier-shaped token of the head of page 1 that ends a short segment (a
label of a few words, or none) is a slot; a slot whose token is a date, an amount, a
postcode, a street or phone number, a tax or bank id, or a value another field already
holds is dropped, and so is one whose words name another matter (a contract, the buyer's
order, an account: ``reference_concepts``). The first slot left, in reading order, is the
document's own number: a document prints its number before the references it answers.

Which of the buyer's order and the customer's account a bare value is cannot be told from
its place alone: ``slot_roles`` reads the concepts of its caption and of its own letters,
and leaves it when they say nothing. The document's date, when no reader dated it, is
the head's first date if it is also its earliest (``first_date``). Place never makes a
value sure: each kind is capped by ``extraction.calibration.slots``, fitted on relabelled
pages, always under the auto-accept threshold.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from extraction.calibration import slots as slot_calibration
from extraction.candidates import reference_concepts
from extraction.candidates.model import Candidate, Candidates
from extraction.candidates.reading import Reading
from extraction.labels import match_header_label
from extraction.layout import PageLayout, Segment
from extraction.parse.dates import find_dates
from extraction.parse.identifiers import find_ibans, find_vats
from extraction.parse.text import fold

# a value found by its place alone: offered to a clerk, never shown near sure; the cap of
# each kind is fitted on relabelled pages (``extraction.calibration.slots``)
SLOT_PRIOR = 0.2
SLOT_NOTE = "an identifier ending a header segment, its label unknown or none"
# a code with a digit, 4..30 characters, no inner spaces
_ID_SHAPE = re.compile(r"^(?=[A-Za-z0-9./_-]*\d)[A-Za-z0-9][A-Za-z0-9./_-]{2,28}[A-Za-z0-9]$")
# a label is a few words without digits; a bare mark ("N°", "#") is one too
_LABEL = re.compile(r"^[^\W\d_][^\d]{0,30}$|^(?:n°|no|nr|#)$", re.IGNORECASE)
_AMOUNT = re.compile(r"\d[.,]\d{2}(?!\d)")
# a postcode, a street or house number: all digits and short
_SHORT_DIGITS = re.compile(r"^\d{1,5}$")


def place_candidate(
    reading: Reading,
    field: str,
    seg: Segment,
    span: tuple[int, int],
    value: str,
    by: str,
    notes: list[str],
    order: int = 0,
) -> Candidate:
    """A value found by its place: the slot's prior, the cap fitted for ``field`` read
    ``by`` this evidence (``extraction.calibration.slots``), never near sure."""
    return Candidate(
        field,
        value,
        seg.page,
        seg.bbox_of(*span),
        reading.sources[seg.page],
        "position",
        prior=SLOT_PRIOR,
        ocr_conf=seg.ocr_confidence,
        order=order,
        cap=slot_calibration.cap(field, by, value),
        notes=notes,
    )


def _row_has_amount(layout: PageLayout, seg: Segment) -> bool:
    """Does the row of ``seg`` print an amount (its dates aside: "12.12.2025" is none)?"""
    for other in layout.rows[seg.row].segments:
        text = other.text
        for _d, start, end in reversed(find_dates(text)):
            text = text[:start] + " " + text[end:]
        if _AMOUNT.search(text):
            return True
    return False


class Slot(NamedTuple):
    """An identifier ending a segment of the head of page 1, and the words before it."""

    value: str
    label: str
    seg: Segment
    start: int
    order: int


def _head_limit(layout: PageLayout, reading: Reading) -> float:
    """Where the head of the page ends: above its line table, else its upper 45 %."""
    from extraction.candidates.collect import table_spans

    spans = table_spans(reading.lines).get(layout.page, [])
    return min(t for t, _b in spans) - 1 if spans else layout.height * 0.45


def _label_before(layout: PageLayout, seg: Segment, start: int, relaxed: bool = False) -> str:
    """The words before the value in its segment, else the segment just left of it on its
    row, else the one right over it (a box's caption); "" when none. ``relaxed``: a
    neighbour that is no label (a value of a row or a column of values) is passed over."""
    before = seg.text[:start].strip(" :-–—|")
    if before:
        return before
    row = [s for s in layout.rows[seg.row].segments if s.x1 <= seg.x0 + 1]
    if row and seg.x0 - row[-1].x1 < 6 * layout.line_height:
        left = row[-1].text.strip(" :-–—|")
        if not relaxed or _LABEL.match(left):
            return left
    if seg.row > 0:
        above = layout.rows[seg.row - 1]
        if seg.top - above.bottom < 1.5 * layout.line_height:
            over = [s for s in above.segments if s.x0 < seg.x1 and seg.x0 < s.x1]
            if over:
                caption = over[0].text.strip(" :-–—|")
                return caption if not relaxed or _LABEL.match(caption) else ""
    return ""


def slots(reading: Reading, relaxed: bool = False) -> list[Slot]:
    """The identifier-shaped tokens ending a short segment in the head of page 1, with the
    words before them, in reading order; tokens of another kind left out. ``relaxed``: a
    value beside or under other values (a row or a column of values, no caption) is kept
    with no label, for readers that need evidence of their own to take it."""
    if not reading.layouts:
        return []
    from extraction.constraints import page_numbers_of_other_kinds

    layout = reading.layouts[0]
    limit = _head_limit(layout, reading)
    others = page_numbers_of_other_kinds([layout])
    out: list[Slot] = []
    for order, seg in enumerate(layout.segments):
        if seg.top >= limit:
            break
        text = seg.text.rstrip(" .;,")
        start = max(text.rfind(" "), text.rfind(":")) + 1
        value = text[start:].strip(" :#")
        if not _ID_SHAPE.match(value) or _SHORT_DIGITS.match(value) or value in others:
            continue
        if find_dates(value) or _AMOUNT.search(value) or find_ibans(text) or find_vats(text):
            continue
        if _row_has_amount(layout, seg):
            continue  # a row of a table of other documents and their amounts
        label = _label_before(layout, seg, start, relaxed)
        if label and not _LABEL.match(label):
            continue  # a sentence, an address line, a phone's area code
        out.append(Slot(value, label, seg, seg.text.find(value, start), order))
    return out


def _says_another_field(label: str, doc_type: str) -> bool:
    """Does the label name something the reader knows (any field's wording) or another
    matter than the document's own number (an order, an account, a contract, a phone)?"""
    folded = fold(label)
    if match_header_label(folded) is not None:
        return True
    return reference_concepts.names_another_matter(label, doc_type)


def own_number(reading: Reading, out: Candidates) -> None:
    """The document's number by structure when no reader found one: the first slot of the
    head whose value no other field holds and whose words name nothing else."""
    if any(c.vetoed is None for c in out.get("document_number", [])):
        return
    taken = {c.value for cands in out.values() for c in cands}
    for slot in slots(reading):
        if slot.value in taken or (
            slot.label and _says_another_field(slot.label, reading.doc_type)
        ):
            continue
        span = (slot.start, slot.start + len(slot.value))
        out.setdefault("document_number", []).append(
            place_candidate(
                reading,
                "document_number",
                slot.seg,
                span,
                slot.value,
                "place",
                [SLOT_NOTE, slot.label],
                slot.order,
            )
        )
        return


# the kinds whose second head date is when the goods come (an invoice's is as often its
# order's, delivery's or period's date: left to labels)
_DELIVERY_KINDS = ("purchase_order", "order_confirmation", "delivery_note")
# a delivery a few months after the document at most: a later date is a validity, a term
_DELIVERY_DAYS = 120
DATE_NOTE = "the head's later date, its label unknown or none"


class HeadDate(NamedTuple):
    """A date alone in a segment of the head of page 1, and whether a label names it."""

    value: str
    seg: Segment
    start: int
    end: int
    named: bool  # a label the reader knows, or whose words give the date a role


def head_dates(reading: Reading) -> list[HeadDate]:
    """The dates printed alone (or after a short label) in the head of page 1, in reading
    order; a period, a sentence's date or a table row's left out."""
    from extraction.candidates import date_roles

    if not reading.layouts:
        return []
    layout = reading.layouts[0]
    limit = _head_limit(layout, reading)
    out: list[HeadDate] = []
    for seg in layout.segments:
        if seg.top >= limit:
            break
        found = find_dates(seg.text)
        if len(found) != 1 or _row_has_amount(layout, seg):
            continue
        when, start, end = found[0]
        if seg.text[end:].strip(" .;,"):
            continue  # a date inside a sentence or a period
        label = _label_before(layout, seg, start)
        if label and not _LABEL.match(label):
            label = ""  # the value over it in a stacked column of values: no label
        folded = fold(label)
        named = bool(label) and (
            match_header_label(folded) is not None or date_roles.role(folded) is not None
        )
        out.append(HeadDate(when.isoformat(), seg, start, end, named))
    return out


def _delivery_captioned(reading: Reading) -> bool:
    """Does the head of page 1 print a label the reader knows for the delivery date? Its
    value is then what the page says of the delivery (a week, "ASAP", a date no reader
    took), and another date of the head is not it."""
    if not reading.layouts:
        return False
    layout = reading.layouts[0]
    limit = _head_limit(layout, reading)
    for seg in layout.segments:
        if seg.top >= limit:
            break
        hit = match_header_label(fold(seg.text))
        if hit is not None and hit.field == "delivery_date":
            return True
    return False


def later_date(reading: Reading, out: Candidates) -> None:
    """When the goods come on an order or a delivery note that no label dates: the head
    prints two days, the later one under no label the reader knows, a few weeks after."""
    if reading.doc_type not in _DELIVERY_KINDS:
        return
    if any(c.vetoed is None for c in out.get("delivery_date", [])):
        return
    if _delivery_captioned(reading):
        return  # the page names its delivery, with no date under it ("Livraison | S42")
    dates = head_dates(reading)
    own = [c for c in out.get("document_date", []) if c.vetoed is None]
    chosen = max(own, key=lambda c: c.score).value if own else None
    # the document's date read elsewhere (in its title's sentence) is the first day too
    values = sorted({d.value for d in dates} | ({chosen} if chosen else set()))
    if len(values) != 2:
        return
    first, last = (date.fromisoformat(v) for v in values)
    if not 0 < (last - first).days <= _DELIVERY_DAYS:
        return
    later = [d for d in dates if d.value == values[1]]
    if len(later) != 1 or later[0].named:
        return
    if chosen == values[1]:
        return  # the document's date is read as the later day: no order to go by
    d = later[0]
    out.setdefault("delivery_date", []).append(
        place_candidate(
            reading, "delivery_date", d.seg, (d.start, d.end), d.value, "place", [DATE_NOTE]
        )
    )


def _read_in_page_order(reading: Reading, dates: list[HeadDate]) -> list[HeadDate]:
    """The head dates read in the page's own order of day and month ("6/4/2026" beside a
    "3/25/2026" is the 4th of June), else day first in a language that writes it so; []
    when a date reads both ways and nothing says which (an English page with no date of
    one order only: no guess by place on top of a guess of order)."""
    from extraction.parse.dates import ambiguous, numeric_orders

    twofold = [d for d in dates if ambiguous(d.seg.text[d.start : d.end])]
    if not twofold:
        return dates
    texts = "\n".join(seg.text for layout in reading.layouts for seg in layout.segments)
    dmy, mdy = numeric_orders(texts)
    if dmy and mdy:
        return []
    if not mdy and (dmy or reading.language != "en"):
        return dates  # read day first, as every language but English does
    if not mdy:
        return []  # English, month or day first: nothing on the page says
    out = []
    for d in dates:
        printed = d.seg.text[d.start : d.end]
        us = find_dates(printed, month_first=True) if d in twofold else []
        out.append(d._replace(value=us[0][0].isoformat()) if us else d)
    return out


FIRST_DATE_NOTE = "the head's first and earliest date, its label unknown or none"


def first_date(reading: Reading, out: Candidates) -> None:
    """The document's date when no reader dated it: the head's first date in reading order,
    under no label the reader knows, when every other head date is later (a document is
    dated before its delivery, its due day or a validity). A first date that is not the
    earliest (an order's date after a date it cites, a day/month read the other way) is no
    evidence: abstained."""
    if any(c.vetoed is None for c in out.get("document_date", [])):
        return
    dates = _read_in_page_order(reading, head_dates(reading))
    if not dates or dates[0].named:
        return
    first = dates[0]
    if any(d.value < first.value for d in dates[1:]):
        return
    taken = {c.value for name, cands in out.items() if name != "document_date" for c in cands}
    if first.value in taken:
        return  # another field's date (a delivery, a due day) read by its label
    span = (first.start, first.end)
    out.setdefault("document_date", []).append(
        place_candidate(
            reading, "document_date", first.seg, span, first.value, "place", [FIRST_DATE_NOTE]
        )
    )

"""The document's date where no label names it: beside the title, or as a letter dates itself.

Many senders print the date of a document with no "Date" label at all: on the title's line
("FACTURE F-2025-103 ........ 19-06-2025"), over the letter's text ("Le 12/03/2025", "5 May
2026", "Lyon, le 12 mars 2025" at the end of a line of its own). Such a date is read from
where it stands, not from a word: it is offered, never shown sure (``UNCONFIRMED_CAP``), and
an order's date that only a label gave ("Date de commande", "Cde du …") then ranks under it
on anything but the order itself (``order_dates_yield``).
"""

from __future__ import annotations

import re

from extraction.candidates.model import (
    UNCONFIRMED_CAP,
    Candidate,
    Candidates,
    month_first,
    read_in,
)
from extraction.candidates.reading import Reading
from extraction.geometry import x_overlap
from extraction.labels import match_header_label
from extraction.layout import PageLayout, Segment
from extraction.parse.dates import ambiguous, find_dates
from extraction.parse.text import fold
from extraction.result import Source

# a date read from its place, not from a label: UNCONFIRMED_CAP until a fit has measured it
# under any label's reading of the document's date, over an order's date that yields
BESIDE_TITLE_PRIOR = 0.38
LETTER_PRIOR = 0.37
ALONE_PRIOR = 0.3
BESIDE_TITLE_NOTE = "beside the title"
LETTER_NOTE = "the letter's own date"
# what may stand before a letter's date on its line: "Le", "the", or a place and what
# parts it from the date: a comma ("Lyon, le"), a dash ("Derby – "), or the place said
# with its verb ("Fait à Annecy le", "Done at Leeds on")
_DONE_AT = r"(?:(?:fait|etabli|signe|done|signed|issued)\s+(?:a|at|in)\s+)"
_PLACE = r"[a-z][a-z'. \-]{1,40}?"
PLACED = re.compile(
    rf"^\s*{_DONE_AT}?{_PLACE}\s*(?:,|[\u2013\u2014]|\s-)(?:\s*(?:le|on|the))?\s*$"
    rf"|^\s*{_DONE_AT}{_PLACE}\s+(?:le|on|the)\s*$"
)
_BARE_LEAD = re.compile(r"^\s*(?:le|the|on)\s*$")
# how far (in line heights) the date may stand above or below the title's line
_TITLE_ROWS = 1.6
# a delivery stated as a calendar week ("S42", "semaine 12", "week 12", "CW 12"), alone in
# its cell or after the delivery's word: the delivery has no date
_WEEK = re.compile(
    r"^\W*(?:(?:livraison|delivery|expedition|shipping|dispatch)\w*[^.\d]{0,25}?)?"
    r"\b(?:s|sem\.?|semaine|week|wk|cw|kw)\s?\d{1,2}(?:\s*[/,-]\s*\d{2,4})?\W*$"
)
# the order's date by its label ("Date de commande", "Order date") or its words ("Cde du")
_ORDER_DATED = re.compile(
    r"^\W*(?:order date|po date|date (?:de (?:la )?)?commande|ordered on|commandee? le"
    r"|order placed|placed on|passee? le)"
)
ORDER_DATE_YIELDS = 0.15
# the note ``collect.dates_in_text`` gives a date read after "Cde du", "your order of"
ORDER_DATED_NOTE = "the order's date"


def _titles(layout: PageLayout, doc_type: str) -> list[Segment]:
    """The segments of page 1 that print a document title (any kind's)."""
    from extraction.classify import TITLE_PATTERNS

    return [s for s in layout.segments if any(p.search(s.folded) for _t, p in TITLE_PATTERNS)]


def _only_date(seg: Segment) -> tuple[int, int, str] | None:
    """(start, end, the words before it) when ``seg`` is a single date with at most a
    letter's lead before it ("Le", a city and a comma) and nothing but a full stop after."""
    found = find_dates(seg.text)
    if len(found) != 1:
        return None
    _value, start, end = found[0]
    if seg.text[end:].strip(" ."):
        return None
    before = seg.folded[:start]
    placed = _BARE_LEAD.match(before) or PLACED.match(before)
    if before.strip() and (placed is None or _date_label(seg)):
        return None
    return start, end, before.strip()


def _date_label(seg: Segment) -> bool:
    """Does ``seg`` start with a label that a date may be the value of (not a number's:
    the title's "Facture F-12" is no label of the date beside it)?"""
    hit = match_header_label(seg.folded)
    return hit is not None and not hit.field.startswith("docnum")


def _labelled(layout: PageLayout, seg: Segment) -> bool:
    """Is there a label just left of ``seg`` on its row, or right over it (a caption)?"""
    row = layout.rows[seg.row].segments
    left = [s for s in row if s.x1 <= seg.x0 + 1]
    if left and _date_label(left[-1]):
        return True
    if seg.row > 0:
        above = layout.rows[seg.row - 1]
        if seg.top - above.bottom < 1.2 * layout.line_height:
            for s in above.segments:
                if x_overlap(s, seg) > 0 and _date_label(s):
                    return True
    return False


# a caption no vocabulary reads ("Ship on", "Livré le"): a few words, no digits
_CAPTION = re.compile(r"^[^\W\d_][^\d]{0,38}$")


def _captioned(layout: PageLayout, seg: Segment) -> bool:
    """Is a caption of unread words set right over ``seg`` or right under it (a value over
    its caption)? Then the date is that caption's, whatever it names."""
    gap = 1.2 * layout.line_height
    for index in (seg.row - 1, seg.row + 1):
        if not 0 <= index < len(layout.rows):
            continue
        other = layout.rows[index]
        if (other.top - seg.bottom if index > seg.row else seg.top - other.bottom) >= gap:
            continue
        for s in other.segments:
            if x_overlap(s, seg) > 0 and _CAPTION.match(s.text.strip()):
                return True
    return False


def own_dates(doc: Reading, out: Candidates) -> None:
    """Document dates by their place on page 1, above its line table: a lone date on the
    title's line or right by it, a letter's "Le 12/03/2025" or "City, date" line, or a date
    alone on its line in the head when no other document date was found."""
    layouts, sources, lines, doc_type = doc.layouts, doc.sources, doc.lines, doc.doc_type
    if not layouts:
        return
    first = layouts[0]
    tops = [li.bbox[1] for li in lines if li.page == first.page and li.bbox is not None]
    limit = min(tops) - 1 if tops else first.height * 0.5
    titles = _titles(first, doc_type)
    title_rows = {t.row for t in titles}
    existing = out.get("document_date", [])
    taken = {c.bbox for c in existing}
    had = bool(existing)
    # ``collect`` made the order's labelled dates yield when, among the labels' readings
    # only, another label gave the document's date
    labelled = [c for c in existing if c.origin in ("label", "grid")]
    by_label = [c for c in labelled if _by_order_label(c)]
    labels_done = bool(by_label) and len(by_label) < len(labelled)
    added: list[Candidate] = []
    late: list[Candidate] = []
    for order, seg in enumerate(first.segments):
        if seg in titles:
            continue
        found = _only_date(seg)
        if found is None or _labelled(first, seg):
            continue
        start, end, lead = found
        bbox = seg.bbox_of(start, end)
        if bbox in taken:
            continue
        if seg.top >= limit:
            # under the table only a letter's place-and-date line, as signed at its end
            if PLACED.match(lead):
                late.extend(
                    _read_as(seg, (start, end), first, sources, ALONE_PRIOR, order, LETTER_NOTE)
                )
            continue
        alone = len(first.rows[seg.row].segments) == 1 or seg.row in title_rows
        # on the title's line, or alone on a line right by it (not a cell of a row of
        # values under captions no vocabulary reads)
        near_title = seg.row in title_rows or (
            alone and any(abs(seg.top - t.top) <= _TITLE_ROWS * first.line_height for t in titles)
        )
        if not lead and _captioned(first, seg):
            continue
        if near_title:
            prior, note = BESIDE_TITLE_PRIOR, BESIDE_TITLE_NOTE
        elif lead and alone:
            prior, note = LETTER_PRIOR, LETTER_NOTE
        elif alone and not had:
            prior, note = ALONE_PRIOR, LETTER_NOTE
        else:
            continue
        added.extend(_read_as(seg, (start, end), first, sources, prior, order, note))
    if not had and not added:
        added = late
    out.setdefault("document_date", []).extend(added)
    order_dates_yield(out, doc_type, labels_done)
    if not out["document_date"]:
        del out["document_date"]


def _read_as(
    seg: Segment,
    span: tuple[int, int],
    layout: PageLayout,
    sources: dict[int, Source],
    prior: float,
    order: int,
    note: str,
) -> list[Candidate]:
    """The document's date read from ``seg`` by its place; a date that reads both ways
    gives both readings, day first ranked over month first."""
    start, end = span
    value = find_dates(seg.text)[0][0]
    cand = read_in(
        seg,
        span,
        sources,
        "document_date",
        value.isoformat(),
        "position",
        prior,
        order,
        [note],
        cap=UNCONFIRMED_CAP,
    )
    return both_readings(cand, seg.text[start:end])


def both_readings(cand: Candidate, printed: str) -> list[Candidate]:
    """``cand`` and, when the date ``printed`` reads both ways, its month-first reading
    ranked just under it: the document's other dates settle which one it is."""
    if ambiguous(printed) and (us := find_dates(printed, month_first=True)):
        return [cand, month_first(cand, us[0][0].isoformat(), cand.notes)]
    return [cand]


def _by_order_label(c: Candidate) -> bool:
    return bool(c.notes) and _ORDER_DATED.match(fold(c.notes[0])) is not None


def order_dates_yield(out: Candidates, doc_type: str, labels_done: bool) -> None:
    """On a document answering an order, a date that names the order (by its label, or by
    "Cde du", "your order of") ranks under any other reading of the document's date: each
    says which date it is. ``labels_done``: the labelled ones have yielded already
    (``collect``, when a label of the document's own date was printed)."""
    if doc_type == "purchase_order":
        return
    dates = out.get("document_date", [])
    ordered = [c for c in dates if _by_order_label(c) or ORDER_DATED_NOTE in c.notes]
    if not ordered or len(ordered) == len(dates):
        return
    for c in ordered:
        if labels_done and _by_order_label(c):
            continue
        c.prior -= ORDER_DATE_YIELDS
        c.notes.append("yields to the document's own date")


def delivery_by_week(layouts: list[PageLayout], out: Candidates) -> None:
    """A page that states its delivery as a calendar week ("Livraison | S42", "Delivery
    planned in week 12") gives no delivery date: a date found for it by place alone (the
    head's other date) is some other date's, and is dropped."""
    if not out.get("delivery_date"):
        return
    if not any(_WEEK.match(seg.folded) for layout in layouts for seg in layout.segments):
        return
    kept = [c for c in out["delivery_date"] if c.origin != "position"]
    if kept:
        out["delivery_date"] = kept
    else:
        del out["delivery_date"]

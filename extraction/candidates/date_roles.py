"""Header dates by the role their label's words give them, not by listed wordings.

A date's label is a few word pieces: maybe the word "date", a word naming an event (the
goods' delivery or arrival: "livraison", "ship", "arrival", "ETA", "enlèvement", "mise à
disposition"; the document's own issue: "émise", "issued", "created"; another matter: the
order, a validity, a print run, a payment), and fillers that qualify it ("souhaitée",
"prévue", "au plus tard", "à partir du", "expected", "no later than"). Which date it labels
follows from those pieces (``role``):

- *delivery*: when the goods come ("Livraison au plus tard le", "Arrival date", "Ship by",
  "Date de mise à disposition", "Expected"): a candidate of ``delivery_date``;
- *own*: the document's issue ("Émise le", "Date issued", "Created"): of ``document_date``;
- *due*: the day to pay by, by payment words and nothing else ("Éch.", "Due dt", "Pay
  by"): of ``due_date``, and never the document's date by its place alone;
- *other*: the order's, a validity's, a print's, a payment's ("Commandé le", "Printed",
  "Valid until"): never the document's date by its place alone.

The same model reads the head of a line table's column: a delivery column whose every row
holds the same day gives that day as the delivery's (``delivery_column``). Every reading
here is new: offered (capped at ``ROLE_DATE_CAP``) until a calibration shows it earns more.
"""

from __future__ import annotations

import re
from datetime import date

from extraction.candidates.model import UNCONFIRMED_CAP, Candidate, Candidates
from extraction.candidates.reading import Reading
from extraction.layout import PageLayout, Segment
from extraction.parse.dates import ambiguous, find_dates
from extraction.parse.text import fold
from extraction.result import BBox

ROLE_DATE_CAP = UNCONFIRMED_CAP
# over a bare "Date" (0.45), under a listed label of the field
DELIVERY_PRIOR = 0.5
OWN_PRIOR = 0.47
COLUMN_PRIOR = 0.42
ROLE_NOTE = "a date, read by its label's words"
COLUMN_NOTE = "the delivery column of the line table, one day on every row"
OTHER_NOTE = "another date's label"

_DELIVERY = {
    "livraison",
    "livraisons",
    "livrer",
    "livre",
    "livree",
    "livrable",
    "livr",
    "exped",
    "delivery",
    "deliveries",
    "deliver",
    "delivered",
    "deliv",
    "dlv",
    "ship",
    "shipping",
    "shipment",
    "dispatch",
    "despatch",
    "expedition",
    "expedier",
    "arrivee",
    "arrival",
    "arrive",
    "arrives",
    "reception",
    "enlevement",
    "collection",
    "pickup",
    "disposition",
    "eta",
    "need",
    "needed",
    "required",
    # abbreviated on a table's head ("Date Req.", "Reqd")
    "req",
    "reqd",
    "requis",
    "requise",
    "wanted",
    "delai",
}
_OWN = {
    "emise",
    "emis",
    "emission",
    "etablie",
    "etabli",
    "issued",
    "issue",
    "created",
    "creation",
    "dated",
    "piece",
    "document",
    "doc",
    # the document's billing or drawing up ("Date de facturation", "Billing date", "Fait
    # le", "Prepared on"): its own date (not on a payment advice, where an invoice's date
    # is the paid invoice's: ``header_dates_by_role``)
    "facturation",
    "facture",
    "fact",
    "inv",
    "billing",
    "billed",
    "invoiced",
    "fait",
    "edite",
    "edition",
    "prepared",
    "raised",
}
_BILLED = {"facturation", "facture", "fact", "inv", "billing", "billed", "invoiced"}
# the order's own words: on a purchase order, the date it was ordered is its own date
# ("Date Ordered", "Commandé le"), another document's on any other page
_ORDERED = {"commande", "commandee", "cde", "order", "ordered", "ord", "po"}
# a payment's words name the date when to pay, whatever else the label says ("Délai de
# paiement"): read before the delivery's
_PAYMENT = {
    "echeance",
    "ech",
    "due",
    "payable",
    "pay",
    "paiement",
    "payment",
    "reglement",
    "paid",
    "paye",
}
# of those, the words that name the day to pay by and nothing else ("Éch.", "Due dt",
# "Pay by"): the due date's label by its words; a payment's or settlement's date may be
# the day it was paid
_DUE = {"echeance", "ech", "due", "payable", "pay"}
_PAID = {"paid", "paye", "paiement", "payment", "reglement"}
_OTHER = {
    "commande",
    "commandee",
    "cde",
    "order",
    "ordered",
    "ord",
    "po",
    "valable",
    "validite",
    "valid",
    "expires",
    "expiry",
    "expiration",
    "imprime",
    "impression",
    "printed",
    "print",
    "run",
}
# words that qualify a date without naming it; "expected", "souhaitée" alone name the
# delivery (on an order, what is expected or wished for is the goods)
_QUALIFIERS = {"prevue", "prevu", "planned", "scheduled", "estimated", "requested"}
_WISHED = {"souhaitee", "souhaite", "demandee", "expected"}
_FILLER = {
    "date",
    # the word date abbreviated ("Dt. fact.", "Dte pièce", "Inv. dt")
    "dt",
    "dte",
    "le",
    "la",
    "l",
    "du",
    "de",
    "d",
    "des",
    "au",
    "a",
    "the",
    "of",
    "on",
    "by",
    "before",
    "after",
    "from",
    "not",
    "no",
    "later",
    "than",
    "plus",
    "tard",
    "partir",
    "pour",
    "avant",
    "apres",
    "at",
    "latest",
    "mise",
    "prevue",
    # what is delivered, and whose it is ("Goods wanted on", "Vos marchandises le")
    "goods",
    "marchandise",
    "marchandises",
    "your",
    "votre",
    "vos",
    "our",
    "notre",
    "nos",
}
# the goods' leaving: the delivery's date on what the seller sends with or after them (an
# invoice's "Shipped on"); on a delivery note, issued as they leave, it names the delivery
# no more than the note's own date (read as its own date, 5 more dates wrong on a held-out
# set): there this reader offers nothing
_DISPATCHED = {
    "expedie",
    "expediee",
    "expedies",
    "shipped",
    "dispatched",
    "despatched",
    "depart",
    "entrepot",
    "envoi",
    "envoye",
}
_DELIVERY |= _DISPATCHED
_WORD = re.compile(r"[a-z]+")
_MAX_WORDS = 7
# a bare caption of the day ("Le", "Du", "On" over a date in a header grid): the
# document's own date, as its print says "le 3 mars", "du 3 mars", "on 3 March"
_BARE_OWN = {"le", "du", "on"}


def role(label: str) -> str | None:
    """ "delivery", "own", "due", "other" or None: what the date label ``label`` (folded)
    names by its words; None when a word is none of a date label's."""
    words = _WORD.findall(label)
    if not words or len(set(words)) > _MAX_WORDS:
        return None
    known = _DELIVERY | _OWN | _OTHER | _PAYMENT | _QUALIFIERS | _WISHED | _FILLER
    if any(w not in known for w in words):
        return None
    found = set(words)
    if len(words) == 1 and found <= _BARE_OWN:
        return "own"
    if "no" in found and "later" not in found:
        return None  # "Shipment no.": a number's caption, not a date's
    if found & _DUE and not found & _PAID and not found - _DUE - _FILLER:
        return "due"
    if found & _PAYMENT:
        return "other"
    if found & _DELIVERY:
        return "delivery"
    if found & _OTHER:
        return "other"
    if found & _OWN:
        return "own"
    if found & _WISHED:
        return "delivery"
    return None


# the words of a value that lead its date ("à partir du", "from", "no later than", "by")
_LEAD_WORDS = re.compile(
    r"(?:\b(?:a partir du|a partir de|au plus tard le|au plus tard|pour le|le|du|des|from"
    r"|not before|no later than|by|before|on)\s*)+$"
)


def _label(layout: PageLayout, seg: Segment, start: int) -> str:
    """The words that label the date at ``start`` of ``seg`` (folded): the words before it
    in its segment with the value's lead words, else the first of the segment just left of
    it on its row and the caption over it whose words make a date label."""
    before = seg.folded[:start].strip(" :-–—|")
    lead = _LEAD_WORDS.search(before)
    core = before[: lead.start()].strip(" :-–—|") if lead else before
    if core:
        return before
    found = [f"{text} {before}".strip() for text in _beside_or_over(layout, seg)]
    return next((t for t in found if role(t) is not None), found[0] if found else before)


def _beside_or_over(layout: PageLayout, seg: Segment) -> list[str]:
    """The words just left of ``seg`` on its row, and those of the caption over it (the
    nearest row above with a segment over its span, within two and a half lines: a stack
    beside an address block interleaves with its lines), without digits."""
    out: list[str] = []
    row = layout.rows[seg.row].segments
    left = [s for s in row if s.x1 <= seg.x0 + 1]
    if left and seg.x0 - left[-1].x1 < 12 * layout.line_height:
        text = left[-1].folded.strip(" :-–—|")
        if text and not re.search(r"\d", text):
            out.append(text)
    for above in reversed(layout.rows[max(0, seg.row - 3) : seg.row]):
        if seg.top - above.bottom >= 2.5 * layout.line_height:
            break
        over = [s for s in above.segments if min(s.x1, seg.x1) - max(s.x0, seg.x0) > 0]
        if over:
            if len(over) == 1 and not re.search(r"\d", over[0].text):
                out.append(over[0].folded.strip(" :-–—|"))
            break
    return out


def header_dates_by_role(doc: Reading, out: Candidates) -> list[BBox]:
    """Dates of page 1's head whose label no vocabulary reads but whose words say which
    date they are: the delivery's and the document's own are offered. Gives where the dates
    labelled as another's are (the order's, a print's: ``veto_others``)."""
    from extraction.candidates.collect import table_spans

    layouts, sources, lines = doc.layouts, doc.sources, doc.lines

    others: list[BBox] = []
    if not layouts:
        return others
    first = layouts[0]
    spans = table_spans(lines).get(first.page, [])
    limit = min(t for t, _b in spans) - 1 if spans else first.height * 0.5
    for order, seg in enumerate(first.segments):
        if seg.top >= limit:
            continue
        for day, start, end, label in _labelled_dates(first, seg):
            # a label is words: one with a number names a reference ("Order PO-12 issued")
            named = role(label) if label and not re.search(r"\d", label) else None
            if named is None:
                continue
            bbox = seg.bbox_of(start, end)
            if named == "other" and doc.doc_type == "purchase_order" and _ordered_only(label):
                named = "own"
            if named == "own" and label.strip() in _BARE_OWN and _period_start(first, seg):
                continue  # "Du" over a period's first day, "Au" over its last
            bare = named == "own" and label.strip() in _BARE_OWN
            if (named == "due" or bare) and _listed(first, seg):
                continue  # a column of a listing's dates ("Due" over each invoice's)
            if named in ("other", "due"):
                others.append(bbox)
            if named == "other" or (named == "due" and doc.doc_type == "payment_advice"):
                continue
            name = {"delivery": "delivery_date", "due": "due_date"}.get(named, "document_date")
            if doc.doc_type == "payment_advice" and set(_WORD.findall(label)) & _BILLED:
                continue  # the date of an invoice the advice pays, not the advice's own
            if doc.doc_type == "delivery_note" and set(_WORD.findall(label)) & _DISPATCHED:
                continue  # the note's own date, or another of its dates: its other readers say
            if any(c.bbox == bbox for c in out.get(name, []) if c.origin in ("label", "grid")):
                continue
            cand = Candidate(
                name,
                day.isoformat(),
                first.page,
                bbox,
                sources[first.page],
                "label",
                prior=DELIVERY_PRIOR if name != "document_date" else OWN_PRIOR,
                ocr_conf=seg.ocr_confidence,
                label_rank=1,
                order=order,
                cap=ROLE_DATE_CAP,
                notes=[label, ROLE_NOTE],
            )
            _both_readings(out, cand, seg.text[start:end])
            _caption_over_beside(out, name, bbox)
    return others


# what parts the items of a running line ("Réf. 0761 · Dt cde 29.06.2024 · Éch. 15.08.2024")
_ITEM_SEP = re.compile(r"\s[·•|]\s|\s[-–—]\s|;\s")


def _labelled_dates(layout: PageLayout, seg: Segment) -> list[tuple[date, int, int, str]]:
    """The dates of ``seg`` with their labels' words: its one date ending it, labelled by
    the words before it or beside or over it (``_label``); or, in a running line of several
    items, each date ending its item, labelled by the words of its item before it."""
    found = find_dates(seg.text)
    if len(found) == 1:
        day, start, end = found[0]
        if seg.text[end:].strip(" .)"):
            return []
        return [(day, start, end, _label(layout, seg, start))]
    bounds = [0] + [m.end() for m in _ITEM_SEP.finditer(seg.folded)] + [len(seg.folded) + 1]
    out = []
    for day, start, end in found:
        head = max(b for b in bounds if b <= start)
        tail = min(b for b in bounds if b > start)
        if tail <= end or any(head < s < start for _d, s, _e in found):
            continue  # a period's two dates, or a date inside its item
        rest = seg.folded[end : tail - 1 if tail <= len(seg.folded) else tail]
        if _ITEM_SEP.sub("", rest).strip(" .)"):
            continue
        label = seg.folded[head:start].strip(" :-–—|")
        lead = _LEAD_WORDS.search(label)
        if label and (not lead or label[: lead.start()].strip()):
            out.append((day, start, end, label))
    return out


_PERIOD_END = {"au", "a", "to", "until", "till", "fin", "jusqu'au"}


def _period_start(layout: PageLayout, seg: Segment) -> bool:
    """Is the date of ``seg`` the first day of a period whose last day stands on its row
    under its own caption ("Du" / "Au", "From" / "To")?"""
    for other in layout.rows[seg.row].segments:
        if other is seg or other.x0 <= seg.x0 or len(find_dates(other.text)) != 1:
            continue
        _day, start, _end = find_dates(other.text)[0]
        if _label(layout, other, start).strip() in _PERIOD_END:
            return True
    return False


def _listed(layout: PageLayout, seg: Segment) -> bool:
    """Does a date stand under the date of ``seg`` on the next row, in its column: a
    listing's column of days (a reminder's or a statement's invoices), not a header's?"""
    if seg.row + 1 >= len(layout.rows):
        return False
    below = layout.rows[seg.row + 1]
    if below.top - seg.bottom > 2 * layout.line_height:
        return False
    return any(
        min(s.x1, seg.x1) - max(s.x0, seg.x0) > 0 and find_dates(s.text) for s in below.segments
    )


def _ordered_only(label: str) -> bool:
    """Does ``label`` name the order's date and no other matter (a validity, a payment)?"""
    words = set(_WORD.findall(label))
    return bool(words & _ORDERED) and not words & (_OTHER - _ORDERED | _PAYMENT)


def _caption_over_beside(out: Candidates, name: str, bbox: BBox) -> None:
    """The date's caption says it is the ``name`` date: another date field read there from
    a label whose words are none of a date label's ("Accounts Payable", a line of an address
    block beside a stack of captions) is not that label's value."""
    for other in ("due_date", "payment_date", "delivery_date", "document_date"):
        if other == name:
            continue
        for c in out.get(other, []):
            if (
                c.bbox == bbox
                and c.origin == "label"
                and c.notes
                and ROLE_NOTE not in c.notes
                and _names_another(fold(c.notes[0]), other)
            ):
                c.vetoed = "the caption over the date names another"


def _names_another(label: str, field: str) -> bool:
    """Is ``label`` no label of the date ``field`` by its words: none of a date label's (a
    line of an address block), or those of the delivery's for the document's own date
    ("Date d'arrivée souhaitée", read by a bare "Date") and the reverse?"""
    named = role(label)
    if named is None:
        return True
    return (named, field) in (("delivery", "document_date"), ("own", "delivery_date"))


def veto_others(out: Candidates, others: list[BBox]) -> None:
    """A reading of the document's date found by its place or its words alone, where a
    label names another date (the order's, a print's), is not the document's."""
    for c in out.get("document_date", []):
        if c.origin in ("position", "pattern") and c.bbox in others:
            c.vetoed = OTHER_NOTE


def _both_readings(out: Candidates, cand: Candidate, printed: str) -> None:
    """Add ``cand``, and its month-first reading when ``printed`` reads both ways."""
    out.setdefault(cand.field, []).extend(both_readings(cand, printed))


def both_readings(cand: Candidate, printed: str) -> list[Candidate]:
    """``cand`` (read day first) and, when ``printed`` reads both ways ("04/03/2025"), its
    month-first reading just under it: the document's other dates and the due date's order
    after the document's settle which one is meant (``constraints.dates``)."""
    if not ambiguous(printed) or not (us := find_dates(printed, month_first=True)):
        return [cand]
    alt = Candidate(**{**cand.__dict__, "notes": [*cand.notes, "month-first"]})
    alt.value = us[0][0].isoformat()
    alt.prior -= 0.02
    cand.notes.append("day-first")
    return [cand, alt]


# how many rows under its head a column is read for
_COLUMN_ROWS = 60


def delivery_column(doc: Reading, out: Candidates) -> None:
    """The delivery printed in a column of the line table ("Livraison", "Ship date", "ETA"
    over a day on each row), when no label gave one: the one day every row of the column
    holds. Rows delivered on different days give no delivery date of the document."""
    from extraction.candidates.collect import table_spans
    from extraction.lines import header_columns

    layouts, sources, lines, doc_type = doc.layouts, doc.sources, doc.lines, doc.doc_type

    spans = table_spans(lines)
    if doc_type in ("payment_advice", "other") or any(
        c.vetoed is None and c.origin in ("label", "grid") for c in out.get("delivery_date", [])
    ):
        return
    for layout in layouts:
        items = spans.get(layout.page, [])
        top = min((t for t, _b in items), default=None)
        for row in layout.rows:
            # the table's head: read as one, or a row of titles right over its first item
            titles = (
                top is not None
                and 0 < top - row.bottom < 3 * layout.line_height
                and len(row.segments) >= 3
                and not any(re.search(r"\d", s.text) for s in row.segments)
            )
            if not titles and header_columns(row) is None:
                continue
            for cell in row.segments:
                head = _delivery_head(cell)
                if head is None:
                    continue
                days = _column_days(layout, row.index, head, items)
                if len(days) < 1 or len({d for d, _s in days}) != 1:
                    continue
                day, first = days[0]
                start, end = first
                cand = Candidate(
                    "delivery_date",
                    day,
                    layout.page,
                    start.bbox_of(0, len(start.text)),
                    sources[layout.page],
                    "grid",
                    prior=COLUMN_PRIOR,
                    ocr_conf=start.ocr_confidence,
                    label_rank=1,
                    order=0,
                    cap=ROLE_DATE_CAP,
                    notes=[head.text, COLUMN_NOTE],
                )
                _both_readings(out, cand, end)
                return


def _delivery_head(cell: Segment) -> Segment | None:
    """The words of a table head's cell that name the delivery's date (or a date only
    planned, ``_planned``): the whole cell, or its first or last words when two heads are
    printed close enough to be read as one ("Taxes Date Req.")."""
    parts = [cell.words]
    for k in range(1, len(cell.words)):
        parts += [cell.words[k:], cell.words[:k]]
    for words in parts:
        text = fold(" ".join(w.text for w in words)).strip(" :.")
        if not re.search(r"\d", text) and (role(text) == "delivery" or _planned(text)):
            return Segment(words, cell.page, cell.row)
    return None


def _planned(head: str) -> bool:
    """Is ``head`` a date only qualified ("Date prévue", "Planned date")? Over a column of the
    goods' rows, what is planned for each is its delivery."""
    words = set(_WORD.findall(head))
    return bool(words & _QUALIFIERS) and words <= _FILLER | _QUALIFIERS


def _column_days(
    layout: PageLayout, head_row: int, head: Segment, items: list[tuple[float, float]]
) -> list[tuple[str, tuple[Segment, str]]]:
    """The days printed under ``head`` in the rows of the line items read (``items``: their
    tops and bottoms), one a row, with their cell and printed text; a row of words under
    the head ends the column."""
    days: list[tuple[str, tuple[Segment, str]]] = []
    x0, x1 = head.x0 - 12, head.x1 + 12
    for row in layout.rows[head_row + 1 : head_row + 1 + _COLUMN_ROWS]:
        middle = (row.top + row.bottom) / 2
        if not any(t - 1 <= middle <= b + 1 for t, b in items):
            continue  # not a line item's row: a wrapped description, a total, a footer
        under = [s for s in row.segments if min(s.x1, x1) - max(s.x0, x0) > 0]
        dated = [(s, find_dates(s.text)) for s in under]
        dated = [(s, f) for s, f in dated if len(f) == 1]
        if len(dated) == 1:
            seg, found = dated[0]
            day, start, end = found[0]
            days.append((day.isoformat(), (seg, seg.text[start:end])))
        elif under:
            break  # a cell of other words: not a column of days
    return days


# a date read from the foot of the document: under every reading of the head's dates
FOOT_PRIOR = 0.3
FOOT_NOTE = "the document's own date, said at its foot"


def own_date_at_foot(doc: Reading, out: Candidates) -> None:
    """The document's own date said below its line table ("Document issued on 30.05.2024.",
    "Pièce émise le 3 juin 2025"), when nothing at its head gave one: the words before the
    date, in its own line, name the document's issue and nothing else."""
    from extraction.candidates.collect import table_spans

    if not doc.layouts or any(c.vetoed is None for c in out.get("document_date", [])):
        return
    last = doc.layouts[-1]
    spans = table_spans(doc.lines).get(last.page, [])
    below = max((b for _t, b in spans), default=last.height * 0.5)
    for order, seg in enumerate(last.segments):
        if seg.top <= below:
            continue
        found = find_dates(seg.text)
        if len(found) != 1 or seg.text[found[0][2] :].strip(" .)"):
            continue
        day, start, end = found[0]
        label = seg.folded[:start].strip(" :-–—|")
        if not label or re.search(r"\d", label) or role(label) != "own":
            continue
        if doc.doc_type == "payment_advice" and set(_WORD.findall(label)) & _BILLED:
            continue
        cand = Candidate(
            "document_date",
            day.isoformat(),
            last.page,
            seg.bbox_of(start, end),
            doc.sources[last.page],
            "pattern",
            prior=FOOT_PRIOR,
            ocr_conf=seg.ocr_confidence,
            order=order,
            cap=ROLE_DATE_CAP,
            notes=[label, FOOT_NOTE],
        )
        _both_readings(out, cand, seg.text[start:end])
        return

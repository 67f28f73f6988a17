"""References split over two lines, or said beside a bare account word.

- A title wrapped onto a second line with the document's number at its end
  ("CONFIRMATION DE" over "COMMANDE N° CF26.09473"), or the whole title on one line and
  its number alone flush under it, other blocks' rows beside it coming between: the two
  lines read as one title of the document's own kind, then maybe a mark, then one
  identifier. The second line alone
  reads as a label of another reference ("Commande n°": the buyer's order); the title's
  words say it is the document's own number, so that reading gives way.
- A bare account word, a colon and one code with a digit, alone in a segment of the
  address block or the header ("Client : 41102", "Account: CL-82799"): the buyer's
  account with the sender. A name ("Client : Dupont SA") has no digit; a bank account's
  label among bank details is left out.
- Labels joined by slashes, a colon, then their values joined the same way ("Order no. /
  Delivery no. : 4500123 / BL-778", "N° / Date facture : FA-12 / 03/02/2025"): each label
  goes to the value in its place, read by the listed vocabulary or by its concepts.

Every reading here is new: offered at ``references.REFERENCE_CAP`` at most until a
calibration shows it earns more.
"""

from __future__ import annotations

import re

from extraction import fields
from extraction.candidates.model import Candidates
from extraction.candidates.reading import Reading
from extraction.candidates.reference_concept_readers import (
    _among_bank_details,
    _offer,
    header_segments,
)
from extraction.candidates.reference_runs import reference_shaped
from extraction.geometry import x_overlap
from extraction.layout import PageLayout, Segment
from extraction.parse.text import fold
from extraction.result import Source

WRAPPED_PRIOR = 0.55
WRAPPED_NOTE = "the number at the end of a title wrapped over two lines"
ACCOUNT_PRIOR = 0.45
ACCOUNT_NOTE = "a bare account word before one code"
_REFERENCE_FIELDS = ("document_number", "order_number", "customer_number")

# what may stand between a title's words and its number ("de vente", "n°", ":")
_QUALIFIER = re.compile(
    r"\s*(?:de vente|d'achat|client|commerciale?|sales|commercial|tax)?"
    r"\s*(?:n\s?°|no\.?|nr\.?|num(?:ero)?\.?|number|#)?\s*:?\s*"
)
_ID = re.compile(r"(?=[A-Za-z0-9./_-]*\d)[A-Za-z0-9][A-Za-z0-9./_-]{2,28}[A-Za-z0-9]")
# a wrapped line starts flush under the first (this share of a line's height) and close
_FLUSH = 0.6
_GAP = 1.2
_HEIGHT_RATIO = 1.3


def _wrapped_under(layout: PageLayout, seg: Segment) -> Segment | None:
    """The segment that continues ``seg`` on a later row: the first one under it, flush
    with its left edge, set in type of its size, right under it (rows of other blocks
    beside the title may come between)."""
    tol = _FLUSH * max(seg.height, 1.0)
    for row in layout.rows[seg.row + 1 :]:
        if row.top - seg.bottom > _GAP * seg.height:
            return None
        over = [s for s in row.segments if x_overlap(s, seg) > 0]
        if not over:
            continue
        if len(over) != 1 or abs(over[0].x0 - seg.x0) > tol:
            return None
        under = over[0]
        small, big = sorted((max(seg.height, 0.1), max(under.height, 0.1)))
        return under if big / small <= _HEIGHT_RATIO else None
    return None


def in_wrapped_title(doc: Reading, out: Candidates) -> None:
    """The document's number at the end of its title wrapped over two lines of page 1."""
    from extraction.classify import TITLE_PATTERNS

    if not doc.layouts or doc.doc_type == "other":
        return
    first = doc.layouts[0]
    patterns = [p for t, p in TITLE_PATTERNS if t == doc.doc_type]
    for seg in first.segments:
        if seg.top > first.height * 0.5:
            break
        upper = seg.folded.strip()
        if not upper or re.search(r"\d", upper) or len(upper.split()) > 4:
            continue
        under = _wrapped_under(first, seg)
        if under is None or len(under.folded) != len(under.text):
            continue
        joined = f"{upper} {under.folded}"
        title = next((m for p in patterns if (m := p.search(joined)) and m.start() <= 1), None)
        if title is None:
            continue
        # the title on the first line (all of it a title's few words), or run over the break
        at = max(title.end(), len(upper))
        if at >= len(joined) or (not joined[at].isspace() and joined[at] not in ":#"):
            continue
        qual = _QUALIFIER.match(joined, at)
        start = (qual.end() if qual else at) - len(upper) - 1
        printed = under.text[start:].strip()
        if start < 0 or _ID.fullmatch(printed) is None:
            continue
        value = fields.parse_identifier(printed, repair=False)
        if value is None:
            continue
        _yield_to_title(out, value, fold(under.text))
        _add(
            out,
            "document_number",
            value,
            first,
            doc.sources,
            under,
            start,
            WRAPPED_PRIOR,
            [f"{seg.text} {under.text[:start].strip()}", WRAPPED_NOTE],
        )
        return


def _yield_to_title(out: Candidates, value: str, line: str) -> None:
    """A reading of another reference from a word of the title's own line gives way."""
    for name in _REFERENCE_FIELDS:
        if name == "document_number":
            continue
        for c in out.get(name, []):
            if c.value == value and c.notes and fold(c.notes[0]).strip(" :") in line:
                c.vetoed = "a word of the document's own wrapped title, not a label"


def _add(
    out: Candidates,
    field: str,
    value: str,
    layout: PageLayout,
    sources: dict[int, Source],
    seg: Segment,
    start: int,
    prior: float,
    notes: list[str],
    end: int | None = None,
    order: int = 0,
) -> None:
    """Offer ``value`` (printed from ``start`` to ``end`` in ``seg``) as
    ``reference_concept_readers`` offers its readings."""
    bbox = seg.bbox_of(start, len(seg.text) if end is None else end)
    source = sources[layout.page]
    _offer(out, field, value, layout.page, bbox, source, prior, seg.ocr_confidence, order, notes)


# a bare word of the buyer's account, then a colon: "Client :", "Account:", "Compte :"
_ACCOUNT_WORD = re.compile(
    r"^(?:client|customer|compte|account|acct|cust|debiteur|debtor|tiers)\s*:\s*"
)


def bare_account(doc: Reading, out: Candidates) -> None:
    """The buyer's account after a bare account word and a colon, alone in its segment
    with one code that has a digit."""
    for layout, seg, _order in header_segments(doc):
        m = _ACCOUNT_WORD.match(seg.folded)
        if m is None or len(seg.folded) != len(seg.text):
            continue
        printed = seg.text[m.end() :].strip()
        value = reference_shaped(printed)
        if value is None or value != printed.strip(" .,;"):
            continue
        if _among_bank_details(layout, seg, m.end()):
            continue
        _add(
            out,
            "customer_number",
            value,
            layout,
            doc.sources,
            seg,
            m.end(),
            ACCOUNT_PRIOR,
            [seg.text[: m.end()].strip(), ACCOUNT_NOTE],
        )


COMPOUND_PRIOR = 0.45
COMPOUND_NOTE = "a label among labels joined by slashes, its value in its place"
# labels (no digit) joined by spaced slashes, a colon, then the values
_COMPOUND = re.compile(r"^(?P<labels>[^:\d]{3,90}?)\s*:\s*(?P<values>\S.*)$")
_JOIN = re.compile(r"\s+/\s+")
_MAX_JOINED = 4


def compound_labels(doc: Reading, out: Candidates) -> None:
    """Each label of labels joined by slashes paired with the value in its place."""
    from extraction.candidates.reference_runs import label_field

    for layout, seg, order in header_segments(doc):
        m = _COMPOUND.match(seg.text)
        if m is None:
            continue
        labels = _JOIN.split(m.group("labels").strip())
        values = _JOIN.split(m.group("values").strip())
        if not 2 <= len(labels) <= _MAX_JOINED or len(labels) != len(values):
            continue
        at = m.start("values")
        for label, printed in zip(labels, values, strict=True):
            start = seg.text.index(printed, at)
            at = start + len(printed)
            field = label_field(label, doc.doc_type)
            value = reference_shaped(printed) if field in _REFERENCE_FIELDS else None
            if field is None or value is None:
                continue
            _add(
                out,
                field,
                value,
                layout,
                doc.sources,
                seg,
                start,
                COMPOUND_PRIOR,
                [label.strip(), COMPOUND_NOTE],
                end=at,
                order=order,
            )


def add(doc: Reading, out: Candidates) -> None:
    """Every reading of this module."""
    in_wrapped_title(doc, out)
    bare_account(doc, out)
    compound_labels(doc, out)

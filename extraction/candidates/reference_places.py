"""References printed where no "label: value" pair says them: a table of references, the
title's own line, a sentence naming the document itself.

- A table of references: a head row with a number column ("Document | Numéro | Date"),
  one reference a row, the row's first cell naming it ("Facture", "Votre commande",
  "Marché", "Compte client"). The row's caption is read by its words' meaning
  (``caption_field``): whose reference it is (``references.role``) or, with a number mark
  added, what the vocabulary reads it as ("Votre commande" + "n°").
- The title and the number in one run of text ("FACTURE DE VENTE 1690517", "Commande
  CA25-84725"): the document's own kind first, maybe a qualifier, then one identifier.
- The document's own number in a sentence: "notre facture FA-12 du ...", "please find
  enclosed our order PO-7 dated ...": a word of ours before the document's own kind.

Every reading here is new: offered (capped at ``references.REFERENCE_CAP``) until a
calibration shows it earns more. One number is one reference: a value read here for one
field counts against the same value read for another reference field.
"""

from __future__ import annotations

import re

from extraction import fields
from extraction.candidates import (
    reference_concept_readers,
    reference_concepts,
    reference_constraints,
    reference_wrapped,
)
from extraction.candidates.model import Candidate, Candidates
from extraction.candidates.reading import Reading
from extraction.candidates.references import _ORDER as ORDER_NOUNS
from extraction.candidates.references import _WORD as ORDER_WORD
from extraction.candidates.references import REFERENCE_CAP, role
from extraction.geometry import x_overlap
from extraction.labels import match_header_label, resolve_docnum
from extraction.layout import PageLayout, Segment
from extraction.parse.dates import find_dates
from extraction.result import LineItem, Source

TABLE_PRIOR = 0.55
TITLE_LINE_PRIOR = 0.5
OWN_SENTENCE_PRIOR = 0.45
TABLE_NOTE = "a row of a table of references"
TITLE_LINE_NOTE = "the number in the title's own line"
OWN_SENTENCE_NOTE = "the document's own number, in a sentence"
GRID_PRIOR = 0.45
UNDER_PRIOR = 0.4
GRID_NOTE = "a caption over its value, read by its words"
BARCODE_PRIOR = 0.4
BARCODE_NOTE = "the number under the sender's barcode"
PLACE_NOTES = (TABLE_NOTE, TITLE_LINE_NOTE, OWN_SENTENCE_NOTE, GRID_NOTE, BARCODE_NOTE)
REFERENCE_FIELDS = ("document_number", "order_number", "customer_number")

# the head of a table's number column, alone in its cell
_NUMBER_HEAD = re.compile(r"^(?:n\s?°|no\.?|nr\.?|num(?:ero)?\.?|number|#|id)$")
_REF_HEAD = re.compile(r"^ref(?:erence)?s?\.?$")
# a word saying the reference is the sender's own, before its noun ("Notre facture", "Our
# order", "This invoice", "La présente facture")
_OURS = re.compile(r"^(?:notre|nos|our|this|cette|la presente|le present|present)\s+")
_MAX_ROWS = 10
_CAPTION_WORDS = 5


def caption_field(caption: str, doc_type: str) -> str | None:
    """The reference field a bare caption (folded, without its value) names on a document of
    ``doc_type``: read by whose it is ("Votre BC", "Tender") or, with a number mark added,
    by the vocabulary ("Facture" + "n°", "Compte client" + "n°"); None when it names none
    or another matter."""
    caption = caption.strip(" :.")
    if not caption or re.search(r"\d", caption) or len(caption.split()) > _CAPTION_WORDS:
        return None
    ours = _OURS.match(caption)
    bare = caption[ours.end() :] if ours else caption
    named = role(caption, doc_type)
    if named == "other":
        return None
    if named in ("theirs", "theirs?"):
        return "order_number" if doc_type != "purchase_order" else None
    hit = match_header_label(f"{bare} n°")
    if hit is not None and hit.end >= len(bare):
        field = resolve_docnum(hit.field, doc_type)
    elif set(ORDER_WORD.findall(bare)) & ORDER_NOUNS:
        # an order noun the vocabulary does not list ("N° BC"): an order's own number
        # on an order, the order answered on the others
        field = resolve_docnum("docnum:purchase_order", doc_type)
    else:
        # the vocabulary does not read the whole caption: its words' concepts may
        # ("Tiers #", "Votre bon #")
        field = reference_concepts.field_of(caption, doc_type)
    if field not in REFERENCE_FIELDS:
        return None
    if ours and field != "document_number":
        return None  # "Notre commande" on an invoice: the sender's, not the buyer's
    return field


def _number_head(row_segments: list[Segment]) -> Segment | None:
    """The number column's head of a table's head row: a bare number mark, else a bare
    "Référence" that is not the row's first cell."""
    heads = [s.folded.strip(" :") for s in row_segments]
    for seg, head in zip(row_segments, heads, strict=True):
        if _NUMBER_HEAD.match(head):
            return seg
    for seg, head in zip(row_segments[1:], heads[1:], strict=True):
        if _REF_HEAD.match(head):
            return seg
    return None


def _in_items(seg: Segment, spans: list[tuple[float, float]]) -> bool:
    return any(t - 1 <= seg.top <= b - 1 for t, b in spans)


def in_reference_tables(doc: Reading, out: Candidates) -> None:
    """Each row of a table of references gives its number to the field its first cell
    names."""
    from extraction.candidates.collect import table_spans
    from extraction.lines import header_columns

    layouts, sources, lines, doc_type = doc.layouts, doc.sources, doc.lines, doc.doc_type

    spans = table_spans(lines)
    for layout in layouts:
        items = spans.get(layout.page, [])
        for row in layout.rows:
            segs = row.segments
            if not 2 <= len(segs) <= 5 or header_columns(row) is not None:
                continue
            head = _number_head(segs)
            if head is None or head is segs[0] or _in_items(head, items):
                continue
            for below in layout.rows[row.index + 1 : row.index + 1 + _MAX_ROWS]:
                if header_columns(below) is not None or _in_items(below.segments[0], items):
                    break
                label = below.segments[0]
                value = [s for s in below.segments[1:] if x_overlap(s, head) > 0]
                if label.x1 > head.x0 or len(value) != 1:
                    break
                field = caption_field(label.folded, doc_type)
                if field is None:
                    continue
                _offer(out, field, layout, sources, value[0], TABLE_PRIOR, label.text, TABLE_NOTE)


def _offer(
    out: Candidates,
    field: str,
    layout: PageLayout,
    sources: dict[int, Source],
    seg: Segment,
    prior: float,
    label: str,
    note: str,
    start: int = 0,
    end: int | None = None,
    read: str | None = None,
) -> None:
    """Offer the identifier ``seg`` holds (from ``start`` to ``end``) as ``field``; ``read``
    is the identifier when it is not the segment's text as printed (a barcode's spaced-out
    caption)."""
    printed = seg.text[start:end].strip().rstrip(".,;")
    value = fields.parse_identifier(read or printed, repair=False)
    if value is None or not re.search(r"\d", value) or find_dates(read or printed):
        return
    same = [c for c in out.get(field, []) if c.value == value and c.vetoed is None]
    if same:
        # read already: the reading here only says which reference the number is
        same[0].notes.append(note)
        return
    out.setdefault(field, []).append(
        Candidate(
            field,
            value,
            layout.page,
            seg.bbox_of(start, start + len(printed)),
            sources[layout.page],
            "label",
            prior=prior,
            ocr_conf=seg.ocr_confidence,
            label_rank=2,
            cap=REFERENCE_CAP,
            notes=[n for n in (label, note) if n],
        )
    )


def _is_caption(seg: Segment) -> bool:
    text = seg.folded.strip(" :.")
    return bool(text) and not re.search(r"\d", text) and len(text.split()) <= _CAPTION_WORDS


def _value_like(seg: Segment) -> bool:
    """Does ``seg`` hold a value a caption may name (a short text with a digit), not a
    sentence?"""
    text = seg.text.strip()
    return bool(re.search(r"\d", text)) and len(text.split()) <= 3


def _caption_row(layout: PageLayout, index: int, items: list[tuple[float, float]]) -> bool:
    """Is row ``index`` a row of captions only (no digit, a few words each), outside the
    item table and not its head?"""
    from extraction.lines import header_columns

    if not 0 <= index < len(layout.rows):
        return False
    row = layout.rows[index]
    segs = row.segments
    if not segs or header_columns(row) is not None or _in_items(segs[0], items):
        return False
    return all(_is_caption(s) for s in segs)


def _aligned(
    cap: Segment, layout: PageLayout, index: int, items: list[tuple[float, float]]
) -> Segment | None:
    """The one segment of row ``index`` set under or over ``cap`` (same left edge), if the
    row is next to the caption's and outside the item table."""
    if not 0 <= index < len(layout.rows):
        return None
    row = layout.rows[index]
    if not row.segments or _in_items(row.segments[0], items):
        return None
    near = layout.rows[cap.row]
    gap = row.top - near.bottom if index > cap.row else near.top - row.bottom
    if gap > 1.5 * layout.line_height:
        return None
    over = [s for s in row.segments if x_overlap(s, cap) > 0]
    if len(over) != 1 or not _same_edge(over[0], cap):
        return None
    return over[0]


def _same_edge(a: Segment, b: Segment) -> bool:
    """Are ``a`` and ``b`` set flush left, flush right or centred on each other (a ruled
    band centres its captions over their values)?"""
    centre = abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2
    return min(abs(a.x0 - b.x0), abs(a.x1 - b.x1), centre) <= 3


def _rows_start_with_captions(layout: PageLayout, index: int, left: float, right: float) -> bool:
    """Is the caption row ``index`` the head of a table of references, one a row, each row
    starting with its caption ("Document | Numéro | Date" over "Facture | FA-12 | ..." and
    "Votre commande | 4512 | ...")? One row of values under the captions, even with a word
    first among them (an ERP's band: "Type | N° | Client" over "FACTURE | 2412737 |
    K71259"), is a grid of captions over their values."""
    below = layout.rows[index + 1 : index + 3]
    if not below:
        return False
    first = [s for s in below[0].segments if _is_caption(s) and s.x1 > left and s.x0 < right]
    if not first:
        return False
    if not any(_value_like(s) for s in below[0].segments) or first[0] is not below[0].segments[0]:
        return True
    if len(below) < 2 or not below[1].segments:
        return False
    nxt = below[1].segments[0]
    return _is_caption(nxt) and _same_edge(nxt, first[0])


def in_caption_grids(doc: Reading, out: Candidates) -> None:
    """A row of captions over a row of values ("Document | Dated | PO | Customer" over
    their numbers), or one caption right over its value; or, when nothing is under them,
    captions under their values ("8534186" over "N° BC"). Each caption is read by its
    meaning (``caption_field``); a value the vocabulary's reading found already only gains
    the note."""
    from extraction.candidates.collect import table_spans

    layouts, sources, lines, doc_type = doc.layouts, doc.sources, doc.lines, doc.doc_type

    spans = table_spans(lines)
    for layout in layouts:
        items = spans.get(layout.page, [])
        for row in layout.rows:
            if not _caption_row(layout, row.index, items):
                continue
            i = row.index
            left, right = row.segments[0].x0, row.segments[-1].x1
            if _rows_start_with_captions(layout, i, left, right):
                continue  # the head of a table whose rows start with their caption
            unread = []
            for cap in row.segments:
                field = caption_field(cap.folded, doc_type)
                under = _aligned(cap, layout, i + 1, items)
                if under is None or not _value_like(under):
                    unread.append((cap, field))
                elif field is not None:
                    _offer(out, field, layout, sources, under, GRID_PRIOR, cap.text, GRID_NOTE)
            if len(unread) < len(row.segments) or _caption_row(layout, i - 2, items):
                continue  # a grid of captions over values: the row above is another's values
            for cap, field in unread:
                over = _aligned(cap, layout, i - 1, items)
                if field is not None and over is not None and _value_like(over):
                    _offer(out, field, layout, sources, over, UNDER_PRIOR, cap.text, GRID_NOTE)


def weak_labels_in_items(out: Candidates, lines: list[LineItem]) -> None:
    """A number read under a weak label ("Commandé" over its quantities, a bare "n°" in
    "lot n° 80949") between the first and the last line of the item table on its page is
    a detail of an item, not a reference."""
    from extraction.candidates.collect import ORDER_COLUMN_NOTE, table_spans

    regions = {
        page: (min(t for t, _b in found), max(b for _t, b in found))
        for page, found in table_spans(lines).items()
    }
    for name in REFERENCE_FIELDS:
        for c in out.get(name, []):
            if c.origin != "label" or c.label_rank > 1 or c.bbox is None or c.vetoed:
                continue
            if ORDER_COLUMN_NOTE in c.notes or set(PLACE_NOTES) & set(c.notes):
                continue
            region = regions.get(c.page) if c.page is not None else None
            if region is not None and region[0] - 1 <= c.bbox[1] <= region[1]:
                c.vetoed = "a weak label's value inside the item table"


# a qualifier between a title and its number ("Facture de vente", "Commercial invoice")
_QUALIFIER = re.compile(
    r"\s*(?:de vente|d'achat|client|fournisseur|commerciale?|rectificative|sales|commercial"
    r"|tax)?\s*(?:n\s?°|no\.?|nr\.?|num(?:ero)?\.?|number|#)?\s*:?\s*(?:[-–—]\s+)?"
)
_ID = re.compile(r"(?=[A-Za-z0-9./_-]*\d)[A-Za-z0-9][A-Za-z0-9./_-]{2,28}[A-Za-z0-9]")
# a payment's title as a letter heads it ("Invoice payment", "Paiement de factures",
# "Supplier remittance"): what is paid maybe first, the payment's word, what it settles
_PAYMENT_TITLE = re.compile(
    r"^(?:(?:invoice|supplier|vendor|fournisseurs?)\s+)?"
    r"(?:payments?|settlements?|remittances?|paiements?|reglements?|virements?)"
    r"(?:\s+(?:de|des|du|of|for)\s+(?:vos\s+|your\s+)?(?:factures?|invoices?))?(?=\s|:|$)"
)


def in_title_line(
    layouts: list[PageLayout], sources: dict[int, Source], doc_type: str, out: Candidates
) -> None:
    """The document's number in its title's own run of text on page 1 ("FACTURE DE VENTE
    1690517", "Remittance – RA-12"): the title of the document's kind opens the segment,
    maybe a dash, one identifier ends it."""
    from extraction.classify import TITLE_PATTERNS

    if not layouts or doc_type == "other":
        return
    first = layouts[0]
    patterns = [p for t, p in TITLE_PATTERNS if t == doc_type]
    if doc_type == "purchase_order":
        patterns.append(re.compile(r"\b(?:commande|order)\b"))
    if doc_type == "payment_advice":
        patterns.append(_PAYMENT_TITLE)
    for seg in first.segments:
        if seg.top > first.height * 0.5:
            break
        folded = seg.folded
        if len(folded) != len(seg.text):
            continue
        title = next((m for p in patterns if (m := p.search(folded)) and m.start() <= 1), None)
        if title is None or title.end() >= len(folded):
            continue
        if not folded[title.end()].isspace() and folded[title.end()] not in ":#":
            continue  # the title word runs on into an identifier ("CDE.24")
        qual = _QUALIFIER.match(folded, title.end())
        start = qual.end() if qual else title.end()
        found = _ID.fullmatch(seg.text[start:].strip())
        if found is None:
            continue
        _offer(
            out,
            "document_number",
            first,
            sources,
            seg,
            TITLE_LINE_PRIOR,
            seg.text[:start].strip(),
            TITLE_LINE_NOTE,
            start,
        )
        return


# the document's own kind named as ours in a sentence, then maybe a mark, then its number
_OWN_IN_SENTENCE = (
    r"\b(?:notre|our|the enclosed|la presente|this)\s+(?:{kind})"
    r"(?:\s*(?:n\s?°|no\.?|nr\.?|number|numero|#|ref\.?|reference))?\s*:?\s*"
    r"(?P<id>(?=[a-z0-9./_-]*\d)[a-z0-9][a-z0-9./_-]{1,28}[a-z0-9])(?=\s*$|[.,;:)(]|\s)"
)
_OWN_KINDS: dict[str, str] = {
    "invoice": r"facture|invoice",
    "credit_note": r"avoir|facture d'avoir|credit note|credit memo",
    "order_confirmation": r"confirmation(?: de commande)?|accuse de reception|order confirmation"
    r"|acknowledge?ment|sales order",
    "delivery_note": r"bon de livraison|livraison|delivery note|delivery|shipment|packing slip"
    r"|bordereau",
    "purchase_order": r"bon de commande|commande|purchase order|order",
}


# the number the sender files the document under ("enregistree sous le n° AR-12", "booked
# as sales order SO-7", "goods shipped under delivery 981"): a word of filing, then the
# document's own kind or a mark, then its number
_FILED_UNDER = (
    r"\b(?:sous|under|as)\s+(?:le |la |l'|our |the |notre )?"
    r"(?:{kind}|n\s?°|no\.?|numero|number|reference|ref\.?)"
    r"(?:\s*(?:n\s?°|no\.?|nr\.?|number|numero))?\s*:?\s*"
    r"(?P<id>(?=[a-z0-9./_-]*\d)[a-z0-9][a-z0-9./_-]{1,28}[a-z0-9])(?=\s*$|[.,;:)(]|\s)"
)
# a sentence that opens with the document's own kind and its number and goes on to the
# buyer's order ("Shipment 2024/89 against your order ...", "Facture FA-12 relative a
# votre commande ...")
_KIND_OPENS = (
    r"^(?:{kind})(?:\s*(?:n\s?°|no\.?|nr\.?|number|numero|#))?\s*:?\s*"
    r"(?P<id>(?=[a-z0-9./_-]*\d)[a-z0-9][a-z0-9./_-]{2,28}[a-z0-9])"
    r"\s*[-–,]?\s+(?=[^\d\s]*[a-z]).*\b(?:votre|your|vos)\b"
)


def own_in_sentences(
    layouts: list[PageLayout], sources: dict[int, Source], doc_type: str, out: Candidates
) -> None:
    """The document's own number said in a sentence on page 1: ours and its kind before it
    ("Veuillez trouver ci-joint notre facture FA-12 du ..."), the number it is filed under
    ("enregistree sous le n° AR-12", "booked as sales order SO-7"), or the kind and the
    number opening a sentence about the buyer's order ("Shipment 2024/89 against your
    order ...")."""
    kinds = _OWN_KINDS.get(doc_type)
    if not layouts or kinds is None:
        return
    patterns = [
        re.compile(p.replace("{kind}", kinds))
        for p in (_OWN_IN_SENTENCE, _FILED_UNDER, _KIND_OPENS)
    ]
    first = layouts[0]
    for seg in first.segments:
        folded = seg.folded
        if len(folded) != len(seg.text):
            continue
        m = next((found for p in patterns if (found := p.search(folded))), None)
        if m is None or find_dates(seg.text[m.start("id") : m.end("id")]):
            continue
        start, end = m.span("id")
        _offer(
            out,
            "document_number",
            first,
            sources,
            seg,
            OWN_SENTENCE_PRIOR,
            seg.text[: m.start("id")].strip(),
            OWN_SENTENCE_NOTE,
            start,
            end,
        )
        return


# the human-readable line of a Code 39 barcode: the value between its start and stop
# asterisks, its characters maybe spaced out one word each ("* F A C 2 4 - 0 3 *")
_BARCODE_TEXT = re.compile(r"^\*([A-Za-z0-9][A-Za-z0-9./_-]{2,28}[A-Za-z0-9])\*$")


def barcode_caption(text: str) -> str | None:
    """The value a barcode's printed caption holds ("*FA24-0327*"), or None."""
    parts = text.split()
    joined = "".join(parts) if all(len(p) <= 2 for p in parts) else text.strip()
    m = _BARCODE_TEXT.match(joined)
    return m.group(1) if m and re.search(r"\d", m.group(1)) else None


def in_barcode_captions(
    layouts: list[PageLayout], sources: dict[int, Source], doc_type: str, out: Candidates
) -> None:
    """A barcode's caption in the top half of page 1: senders print their own document's
    number as a barcode for their scanners (the stop and start asterisks of Code 39 mark
    it); offered as the document's number, weakly."""
    if not layouts or doc_type == "other":
        return
    first = layouts[0]
    for seg in first.segments:
        if seg.top > first.height * 0.5:
            break
        value = barcode_caption(seg.text)
        if value is None:
            continue
        _offer(
            out, "document_number", first, sources, seg, BARCODE_PRIOR, "", BARCODE_NOTE, read=value
        )
        return


def one_number_one_role(out: Candidates) -> None:
    """A number read here as one reference counts against the same number read as another
    reference field (the buyer's order is not the document's own number, an account is
    neither)."""
    mine = {
        (c.field, c.value)
        for name in REFERENCE_FIELDS
        for c in out.get(name, [])
        if set(PLACE_NOTES) & set(c.notes) and c.vetoed is None
    }
    for field, value in mine:
        for name in REFERENCE_FIELDS:
            if name == field:
                continue
            for c in out.get(name, []):
                if c.value == value and (c.field, c.value) not in mine:
                    c.disagree += 1
                    c.notes.append(f"the {field} of a reference read by its place")


def add(doc: Reading, out: Candidates) -> None:
    """Every reading of this module (after ``references.add``)."""
    layouts, sources, doc_type = doc.layouts, doc.sources, doc.doc_type
    in_reference_tables(doc, out)
    in_caption_grids(doc, out)
    in_title_line(layouts, sources, doc_type, out)
    reference_wrapped.add(doc, out)
    own_in_sentences(layouts, sources, doc_type, out)
    in_barcode_captions(layouts, sources, doc_type, out)
    reference_concept_readers.add(doc, out)
    weak_labels_in_items(out, doc.lines)
    one_number_one_role(out)
    reference_constraints.none_on_an_order(doc_type, out)

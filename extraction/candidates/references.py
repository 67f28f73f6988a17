"""Header references by the role their label's words give them, not by listed wordings.

A reference label is a few word pieces: a mark ("ref", "réf", "n°", "no", "number",
"numéro", "#"), maybe a noun naming a document ("commande", "order", "PO", "BC", "bon de
commande") and maybe a word saying whose it is ("votre", "your", "client", "buyer",
"acheteur", "notre", "our") or naming another matter ("marché", "contract", "tender", "lot",
"chantier", "project", "dossier", "job", "file"). Which of the three numbers it labels
follows from those pieces:

- *theirs*: the buyer's order ("Votre BC", "Réf. acheteur", "Purchaser ref.", "N° BC
  client", "Order ref." on what answers an order): a candidate of ``order_number``;
- *other*: a reference of another matter ("Réf. marché", "Tender no.", "Job ref."): never
  the document's own number;
- otherwise the listed vocabulary (``extraction.labels``) decides.

The buyer's order is also said in a sentence ("Suite à votre commande n° …", "In reply to
your PO …", "As per your purchase order …"), and a document's own number is printed beside
its title with or without a mark ("AR de commande   CF.25.1615"). Every reading here is
new: offered (capped at ``REFERENCE_CAP``) until a calibration shows it earns more.
"""

from __future__ import annotations

import re

from extraction import fields
from extraction.candidates.model import UNCONFIRMED_CAP, Candidate, Candidates
from extraction.candidates.reading import Reading
from extraction.geometry import x_overlap
from extraction.labels import LabelHit, match_header_label
from extraction.layout import PageLayout, Segment
from extraction.parse.dates import find_dates
from extraction.parse.text import fold
from extraction.result import Source

# the most a reference read by its label's role, a sentence or its place may be trusted
REFERENCE_CAP = UNCONFIRMED_CAP
# a label read by its pieces ranks under any listed label of the same field
ROLE_PRIOR = 0.45
SENTENCE_PRIOR = 0.45
TITLE_PRIOR = 0.4
ROLE_NOTE = "a reference, read by its label's words"
SENTENCE_NOTE = "the buyer's order, in a sentence"
TITLE_NOTE = "the number beside the document's title"
OTHER_NOTE = "another reference's label"

# word pieces, on the folded label
_MARK = {"ref", "refs", "reference", "references", "n", "no", "nr", "num", "numero", "number"}
_MARK_SIGN = re.compile(r"n\s?°|#")
_NUMBER_MARK = {"n", "no", "nr", "num", "numero", "number", "id", "code", "account", "compte"}
_ORDER = {"commande", "cde", "cmd", "cmde", "order", "po", "bc", "purchase", "achat"}
_THEIRS = {
    "votre",
    "vos",
    "your",
    "v",
    "client",
    "cl",  # "BC cl.": the client's, abbreviated
    "clt",
    "cli",
    "customer",
    "cust",
    "buyer",
    "buyers",
    "acheteur",
    "purchaser",
    "purchasers",
    "acquereur",
}
_POSSESSIVE = {"votre", "vos", "your", "v"}
_OURS = {"notre", "nos", "our", "internal", "interne"}
# another matter than a document ("Réf. marché", "Tender no.", "Job ref.")
_MATTER = {
    "marche",
    "marches",
    "contrat",
    "contract",
    "tender",
    "framework",
    "lot",
    "chantier",
    "site",
    "projet",
    "project",
    "dossier",
    "affaire",
    "job",
    "file",
    "case",
    "ticket",
    "suivi",
    "tracking",
    "colis",
}
# a document of another kind ("N° de BL" on an invoice), the document's own on its kind
_KIND_WORDS: dict[str, str] = {
    "bl": "delivery_note",
    "livraison": "delivery_note",
    "delivery": "delivery_note",
    "shipment": "delivery_note",
    "expedition": "delivery_note",
    "devis": "other",
    "quote": "other",
    "quotation": "other",
    "offre": "other",
}
# the fillers a label's words may hold between its pieces
_FILLER = {"de", "du", "d", "la", "l", "le", "des", "of", "the", "s", "bon", "interne"}
_WORD = re.compile(r"n\s?°|#|[a-z]+")
# a label is at most this many word pieces, then a separator or its value
_MAX_PIECES = 5
_ANSWERS = ("invoice", "credit_note", "delivery_note", "order_confirmation")


def role(label: str, doc_type: str = "") -> str | None:
    """ "theirs", "other", "ours" or None: what the reference label ``label`` (folded,
    without its value) names, by its word pieces; None when the pieces are not those of a
    reference label or say nothing of whose it is."""
    pieces = _WORD.findall(label)
    if not pieces or len(pieces) > _MAX_PIECES:
        return None
    words = set(pieces)
    marked = bool(words & _MARK) or any(_MARK_SIGN.fullmatch(p) for p in pieces)
    known = _MARK | _ORDER | _THEIRS | _OURS | _MATTER | set(_KIND_WORDS) | _FILLER | _NUMBER_MARK
    if any(not _MARK_SIGN.fullmatch(p) and p not in known for p in pieces):
        return None  # a word no reference label is made of: a sentence, a name
    order = bool(words & _ORDER)
    if not marked and not order:
        return None
    other = words & _MATTER or {w for w in words & set(_KIND_WORDS) if _KIND_WORDS[w] != doc_type}
    if other and not order:
        return "other"
    if words & set(_KIND_WORDS):
        return None  # the document's own kind: the vocabulary reads it
    if words & _OURS:
        return "ours"
    reference = bool(words & {"ref", "refs", "reference", "references"})
    if words & _THEIRS and (order or reference):
        return "theirs"
    if order and words & _POSSESSIVE:
        return "theirs"
    if order and reference and not words & _NUMBER_MARK:
        return "theirs?"  # "Order ref.", "Réf. commande": the buyer's on what answers it
    return None


def _by_ref(label: str) -> bool:
    """Does ``label`` mark its number as a reference ("ref", "réf.") and as no account's
    number ("no", "code", "id")?"""
    words = set(_WORD.findall(label))
    return bool(words & {"ref", "refs", "reference", "references"}) and not (
        words & _NUMBER_MARK or any(_MARK_SIGN.fullmatch(w) for w in words)
    )


# where a label ends and its value starts: a colon, leader dots, a dash, or the value itself
_LABEL_END = re.compile(r"\s*(?:[.…·_]{3,}\s*:?|[:]|\s[-–—](?=\s))?\s*")


def _split(folded: str, doc_type: str) -> tuple[str, int] | None:
    """The label at the start of ``folded`` (a segment) and where its value starts, by the
    longest run of label pieces the role model reads (the whole segment when it holds only
    the label)."""
    best: tuple[str, int] | None = None
    for m in _WORD.finditer(folded):
        if len(_WORD.findall(folded[: m.end()])) > _MAX_PIECES:
            break
        end = m.end()
        if end < len(folded) and folded[end] == "." and m.group(0) not in ("n",):
            end += 1  # "ref." "no."
        if end < len(folded) and folded[end] == "'":
            end += 1  # "buyer's"
        if end < len(folded) and folded[end] == "/":
            end += 1  # "v/ref"
        rest = folded[end:]
        if rest and not rest[0].isspace() and rest[0] not in ":#":
            continue  # inside a word or an identifier ("cde.24")
        label = folded[:end]
        if any(ch.isdigit() for ch in label):
            break  # a value before the words ("CMD-37433 (your order nr)"): no label
        if role(label, doc_type) is None:
            continue
        sep = _LABEL_END.match(folded, end)
        start = sep.end() if sep else end
        best = (label, start)
    return best


def _segment_hit(seg: Segment, doc_type: str) -> tuple[str, LabelHit] | None:
    """The role of the label ``seg`` starts with and the label as a ``LabelHit`` of
    ``order_number`` when it names the buyer's order on a document answering one."""
    found = _split(seg.folded, doc_type)
    if found is None:
        return None
    label, start = found
    named = role(label, doc_type)
    if named in ("theirs", "theirs?") and doc_type in _ANSWERS:
        return "theirs", LabelHit("order_number", start, 1, composed=True)
    if named == "other":
        return "other", LabelHit("ignore", start, 1)
    return None


def by_role(doc: Reading, out: Candidates) -> None:
    """Candidates of the buyer's order under labels the vocabulary does not list but whose
    words say whose reference they are; numbers the vocabulary took as the document's own
    under a label naming another matter or the buyer's order give way."""
    from extraction.candidates.collect import table_spans
    from extraction.lines import header_columns

    layouts, sources, lines = doc.layouts, doc.sources, doc.lines
    doc_type, language = doc.doc_type, doc.language

    spans = table_spans(lines)
    found: list[fields.Hit] = []
    order = 0
    for layout in layouts:
        items = spans.get(layout.page, [])
        heads = {r.index for r in layout.rows if header_columns(r) is not None}
        for seg in layout.segments:
            order += 1
            if seg.row in heads or any(t - 1 <= seg.top <= b - 1 for t, b in items):
                continue
            read = _segment_hit(seg, doc_type)
            if read is None or read[0] != "theirs":
                continue
            listed = match_header_label(seg.folded)
            if (
                listed is not None
                and not listed.composed
                and fields.resolve_docnum(listed.field, doc_type)
                not in ("document_number", "ignore", None)
            ):
                continue  # the vocabulary reads it as another field, or as this one
            for h in fields._read_label(layout, seg, read[1], doc_type, language, order, False):
                if h.field == "order_number":
                    found.append(h)
    for h in found:
        out.setdefault("order_number", []).append(
            Candidate(
                "order_number",
                h.value,
                h.page,
                h.bbox,
                sources[h.page],
                "label",
                prior=ROLE_PRIOR,
                ocr_conf=h.confidence if h.ocr else 1.0,
                label_rank=1,
                cap=REFERENCE_CAP,
                order=h.order,
                notes=[h.label, ROLE_NOTE],
            )
        )
    _yield_to_roles(out, doc_type)


def _yield_to_roles(out: Candidates, doc_type: str) -> None:
    """A number the vocabulary read as the document's own under a label whose words name
    another matter ("N° de marché", "Lot n°") is vetoed; under one naming the buyer's
    order ("N° BC client") it is the order's on a document answering one."""
    for c in list(out.get("document_number", [])) + list(out.get("customer_number", [])):
        if c.origin not in ("label", "grid") or not c.notes:
            continue
        label = fold(c.notes[0])
        found = _split(label, doc_type)
        if found is None:
            continue
        named = role(found[0], doc_type)
        if named == "other" and c.field == "document_number":
            c.vetoed = OTHER_NOTE
        elif named == "theirs" and (
            c.field == "document_number"
            or _by_ref(found[0])
            or set(_WORD.findall(found[0])) & _ORDER
        ):
            # a customer number read from a label saying "the buyer's reference" ("Réf.
            # acheteur") or naming its order ("N° BC client"): the buyer's order, not its
            # account
            c.vetoed = "the buyer's order's label"
            if doc_type in _ANSWERS:
                moved = Candidate(**{**c.__dict__, "notes": [*c.notes, ROLE_NOTE]})
                moved.field = "order_number"
                moved.vetoed = None
                moved.cap = min(moved.cap, REFERENCE_CAP)
                out.setdefault("order_number", []).append(moved)


# "Suite à votre commande n° 4512", "In reply to your PO P-12", "As per your purchase order
# 4500", "Conformément à votre commande réf. BC-7": the buyer's order said in a sentence, by
# a possessive before an order noun, then maybe a mark, then the identifier
_SENTENCE_ORDER = re.compile(
    r"\b(?:votre|vos|your|v/)\s*(?:bon de commande|commande|cde|bc|purchase order|order|po"
    r"|p\.o\.)(?:\s+(?:client|d'achat))?"
    r"(?:\s*(?:n\s?°|no\.?|nr\.?|number|numero|#|ref\.?|reference|refs?\.?))?\s*:?\s*"
    r"(?P<id>(?=[a-z0-9./_-]*\d)[a-z0-9][a-z0-9./_-]{1,28}[a-z0-9])"
    r"(?=\s*$|[.,;:)(]|\s)"
)


# the same with the order's date said first ("Votre commande du 02/03/2025 n° BC-4512",
# "Your order of 2 March 2025, No. 4500"): then a number mark must name the identifier
_DATE_WORDS = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:er|st|nd|rd|th)?\s+[a-z]{3,9}\.?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
_SENTENCE_DATED_ORDER = re.compile(
    r"\b(?:votre|vos|your|v/)\s*(?:bon de commande|commande|cde|bc|purchase order|order|po"
    r"|p\.o\.)\s+(?:du|of|dated|en date du|from|placed on|passee le)\s+" + _DATE_WORDS + r"\s*,?\s*"
    r"(?:sous (?:le|la reference)\s*)?"
    r"(?:n\s?°|no\.?|nr\.?|number|numero|#|ref\.?|reference)\s*:?\s*"
    r"(?P<id>(?=[a-z0-9./_-]*\d)[a-z0-9][a-z0-9./_-]{1,28}[a-z0-9])"
    r"(?=\s*$|[.,;:)(]|\s)"
)


# a bare order noun opening a segment, its number, then the order's date ("Order PO-2024-0085
# of 8/5/24", "Commande BC-7781 du 03/02/2025"): on what answers an order, the order answered
_BARE_ORDER_DATED = re.compile(
    r"^(?:bon de commande|purchase order|commande|order|cde|po|bc)\s*"
    r"(?:n\s?°|no\.?|nr\.?|#)?\s*:?\s*"
    r"(?P<id>(?=[a-z0-9./_-]*\d)[a-z0-9][a-z0-9./_-]{1,28}[a-z0-9])\s*,?\s+"
    r"(?:du|of|dated|en date du|from|placed on|passee le)\s+"
)


def _bare_dated(folded: str, text: str) -> list[re.Match[str]]:
    """The bare order noun's match in ``folded`` when the order's date follows its number."""
    m = _BARE_ORDER_DATED.match(folded)
    dates = find_dates(text) if m else []
    return [m] if m and dates and dates[0][1] == m.end() else []


def in_sentences(
    layouts: list[PageLayout], sources: dict[int, Source], doc_type: str, out: Candidates
) -> None:
    """The buyer's order said in a sentence, on a document answering one, or by a bare
    order noun with its number and its date."""
    if doc_type not in _ANSWERS:
        return
    order = 0
    for layout in layouts:
        for seg in layout.segments:
            order += 1
            folded = seg.folded
            if len(folded) != len(seg.text):
                continue
            found = [
                *_SENTENCE_ORDER.finditer(folded),
                *_SENTENCE_DATED_ORDER.finditer(folded),
                *_bare_dated(folded, seg.text),
            ]
            for m in found:
                start, end = m.span("id")
                text = seg.text[start:end].rstrip(".")
                value = fields.parse_identifier(text, repair=False)
                if value is None or find_dates(text) or not re.search(r"\d", value):
                    continue
                out.setdefault("order_number", []).append(
                    Candidate(
                        "order_number",
                        value,
                        layout.page,
                        seg.bbox_of(start, start + len(text)),
                        sources[layout.page],
                        "pattern",
                        prior=SENTENCE_PRIOR,
                        ocr_conf=seg.ocr_confidence,
                        label_rank=2,
                        cap=REFERENCE_CAP,
                        order=order,
                        notes=[seg.text[: m.start("id")].strip(), SENTENCE_NOTE],
                    )
                )


_TITLE_WORDS = 4
_MARK_BEFORE = re.compile(r"^(?:n\s?°|no\.?|nr\.?|num(?:ero)?\.?|number|#)?\s*:?\s*")
_ID = re.compile(r"^(?=[A-Za-z0-9./_-]*\d)[A-Za-z0-9][A-Za-z0-9./_-]{2,28}[A-Za-z0-9]$")


def beside_title(
    layouts: list[PageLayout], sources: dict[int, Source], doc_type: str, out: Candidates
) -> None:
    """The document's number printed beside its own title on page 1 ("AR de commande ...
    CF.25.1615", "Invoice ... No. F-12"): one identifier, maybe after a number mark, alone
    in the segment right of the title on its row. A label read in the title's own words
    ("commande" of "AR de commande") names no other reference: its value gives way."""
    from extraction.classify import TITLE_PATTERNS

    if not layouts or doc_type == "other":
        return
    first = layouts[0]
    patterns = [p for t, p in TITLE_PATTERNS if t == doc_type]
    for seg in first.segments:
        if seg.top > first.height * 0.5:
            break
        text = seg.folded.strip(" :.")
        # the title alone in its segment: a title's words, not a sentence naming it
        if len(text.split()) > _TITLE_WORDS or not any(p.search(text) for p in patterns):
            continue
        right = [s for s in first.rows[seg.row].segments if s.x0 >= seg.x1 - 1]
        found = _lone_id(right[0]) if len(right) == 1 else None
        under = _under(first, seg)
        if found is None and under is not None:
            found = _lone_id(under)
            right = [under]
        if found is None:
            continue
        value_seg, (value, start) = right[0], found
        out.setdefault("document_number", []).append(
            Candidate(
                "document_number",
                value,
                first.page,
                value_seg.bbox_of(start, len(value_seg.text)),
                sources[first.page],
                "position",
                prior=TITLE_PRIOR + 0.1 * bool(start) - 0.05 * (value_seg is under),
                ocr_conf=value_seg.ocr_confidence,
                label_rank=1,
                cap=REFERENCE_CAP,
                order=0,
                notes=[seg.text, TITLE_NOTE],
            )
        )
        title = fold(seg.text)
        for c in out.get("order_number", []):
            if c.value == value and c.notes and fold(c.notes[0]).strip(" :") in title:
                c.vetoed = "a word of the document's own title, not a label"
        return


# the title's number then its date in one line ("Purchase Order PO26-659 issued Mar 31, 2026",
# "Facture n° F-12 du samedi 13 septembre 2025"): a mark maybe, the identifier, a word of
# dating, and a date right after it
_ID_THEN_DATED = re.compile(
    r"\s*(?:n\s?°|no\.?|nr\.?|num(?:ero)?\.?|number|#)?\s*:?\s*"
    r"(?P<id>(?=[a-z0-9./_-]*\d)[a-z0-9][a-z0-9./_-]{1,28}[a-z0-9])\s*,?\s+"
    r"(?:du|of|dated|issued(?: on)?|en date du|from|le|on)\s+"
)
TITLE_SENTENCE_NOTE = "the number between the title and its date"
_BARE_ORDER = re.compile(r"\b(?:order|commande)\b")


def in_title_sentence(doc: Reading, out: Candidates) -> None:
    """The document's number on its title's line between the title and its date ("Order
    PO26-659 issued Mar 31, 2026"), above the line table of page 1, when no label gave one:
    the title of the document's own kind first in the segment, the date right after."""
    from extraction.candidates.collect import table_spans
    from extraction.classify import TITLE_PATTERNS

    layouts, sources, lines, doc_type = doc.layouts, doc.sources, doc.lines, doc.doc_type

    if not layouts or doc_type == "other":
        return
    if any(c.vetoed is None for c in out.get("document_number", [])):
        return
    first = layouts[0]
    spans = table_spans(lines).get(first.page, [])
    limit = min((t for t, _b in spans), default=first.height * 0.5)
    patterns = [p for t, p in TITLE_PATTERNS if t == doc_type]
    if doc_type == "purchase_order":
        patterns.append(_BARE_ORDER)  # an order's title may be the bare word
    for order, seg in enumerate(first.segments):
        if seg.top >= limit:
            break
        folded = seg.folded
        if len(folded) != len(seg.text):
            continue
        title = next((m for p in patterns if (m := p.search(folded)) and m.start() <= 2), None)
        if title is None:
            continue
        m = _ID_THEN_DATED.match(folded, title.end())
        dates = find_dates(seg.text)
        if m is None or not dates or dates[0][1] != m.end():
            continue
        start, end = m.span("id")
        value = fields.parse_identifier(seg.text[start:end], repair=False)
        if value is None:
            continue
        out.setdefault("document_number", []).append(
            Candidate(
                "document_number",
                value,
                first.page,
                seg.bbox_of(start, end),
                sources[first.page],
                "position",
                prior=TITLE_PRIOR + 0.1,
                ocr_conf=seg.ocr_confidence,
                label_rank=1,
                cap=REFERENCE_CAP,
                order=order,
                notes=[seg.text[:start].strip(), TITLE_SENTENCE_NOTE],
            )
        )
        return


def _lone_id(seg: Segment) -> tuple[str, int] | None:
    """The identifier ``seg`` holds alone, maybe after a number mark, and where it starts."""
    mark = _MARK_BEFORE.match(seg.folded)
    start = mark.end() if mark else 0
    printed = seg.text[start:].strip()
    if not _ID.match(printed) or find_dates(printed):
        return None
    value = fields.parse_identifier(printed, repair=False)
    return None if value is None else (value, start)


def _under(layout: PageLayout, seg: Segment) -> Segment | None:
    """The one segment on the row right under ``seg``, under its span and close to it."""
    if seg.row + 1 >= len(layout.rows):
        return None
    below = layout.rows[seg.row + 1]
    over = [s for s in below.segments if x_overlap(s, seg) > 0]
    if len(over) != 1:
        return None
    # a number with its mark may stand in a box of its own, a little further down
    marked = _NUMBER_MARK_FIRST.match(over[0].folded) is not None
    if below.top - seg.bottom > (2.5 if marked else 1.5) * layout.line_height:
        return None
    if len(layout.rows[seg.row].segments) != 1 or len(below.segments) != 1:
        # a table's column heads over its first row, unless the one value under the title
        # carries a number mark ("Facture ... Date : 17/11/2025" over "N° FAC25-552")
        return over[0] if marked else None
    return over[0]


# a number mark opening a segment, then the value ("N° F-12", "No. 42", "Number SO.24.18")
_NUMBER_MARK_FIRST = re.compile(r"^\s*(?:n\s?°|no\.|nr\.|numero|number|#)\s*:?\s*[a-z0-9]")


# a value printed this many times the page's usual text height is in title type
TITLE_TYPE = 1.25
TITLE_TYPE_NOTE = "an order number printed in title type: the confirmation's own"


def own_in_title_type(doc: Reading, out: Candidates) -> None:
    """An order number a confirmation prints in title type on page 1 ("N° de commande
    CF26-52816" as its heading), its label naming no buyer, is the confirmation's own
    number: the buyer's order is quoted in body type, under a label saying whose it is."""
    if doc.doc_type != "order_confirmation" or not doc.layouts:
        return
    first = doc.layouts[0]
    for c in list(out.get("order_number", [])):
        if c.origin != "label" or c.page != first.page or c.bbox is None or not c.notes:
            continue
        if c.vetoed is not None or c.bbox[1] > first.height * 0.5:
            continue
        if c.bbox[3] - c.bbox[1] < TITLE_TYPE * first.line_height:
            continue
        label = fold(c.notes[0]).split(fold(c.value))[0]
        words = set(_WORD.findall(label))
        if not words & _ORDER or words & (_THEIRS | _MATTER):
            continue
        c.vetoed = TITLE_TYPE_NOTE
        own = Candidate(**{**c.__dict__, "notes": [*c.notes, TITLE_TYPE_NOTE]})
        own.field, own.origin, own.vetoed = "document_number", "position", None
        own.prior, own.cap = TITLE_PRIOR + 0.1, min(c.cap, REFERENCE_CAP)
        out.setdefault("document_number", []).append(own)


def add(doc: Reading, out: Candidates) -> None:
    """Every reading of this module, after the labels' (``collect.labelled``)."""
    layouts, sources, doc_type = doc.layouts, doc.sources, doc.doc_type
    own_in_title_type(doc, out)
    by_role(doc, out)
    in_sentences(layouts, sources, doc_type, out)
    beside_title(layouts, sources, doc_type, out)
    in_title_sentence(doc, out)

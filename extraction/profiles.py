"""What orderdesk learned about one sender, and how extraction reads a document with it.

A ``SenderProfile`` is built by ``learning/`` from documents clerks approved; extraction
takes it as an optional input and never learns by itself (no database here). For each
header field the profile keeps *hints*: where the value sat relative to a label (inline
after it, right of it, below it) or on the page (a box, in page fractions), or the value
itself when the sender printed the same one on every document (its own name, IBAN, the
customer it writes to). Each hint counts how often it was right on later documents, with
older evidence fading, so a sender that changes its layout stops being trusted by itself.

At extraction every hint that reads a value of the field's kind where it points proposes
a ``Candidate`` of origin ``profile`` among the page's own, its prior from the hint's
measured hit rate (``profile_prior``); the constraints (net + tax = gross, the lines' sum,
date order, a box the page labels as another field) then rank them all, so a learned place
never outranks a reading the document itself confirms. The confidence of a value a hint read
comes from ``ProfileCalibration``: the share of such values that were right, by how proven
the hint is, refitted from approved documents by ``orderdesk learn``. The item table's
cells are learned too (``extraction.profile_columns``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from extraction import (
    fields,
    profile_dates,
    profile_disputes,
    profile_items,
    profile_labels,
    profile_own,
    profile_thin,
    profile_totals,
    profile_words,
    trace,
)
from extraction.calibration import beta
from extraction.calibration.lines import BELOW_ACCEPT
from extraction.candidates.model import UNCONFIRMED_CAP, Candidate, best_first
from extraction.layout import PageLayout, Segment, words_bbox
from extraction.parse.amounts import money_str, parse_amount
from extraction.parse.dates import find_dates
from extraction.parse.identifiers import find_ibans, find_vats
from extraction.parse.text import fold
from extraction.profile_columns import TableHint
from extraction.resolve import Uncapped
from extraction.result import CENT, BBox, FieldValue, LineItem, Source

Placement = Literal["inline", "right", "below", "box", "constant", "absent"]
# what a taught hint's counts fade by at each later document (recent documents weigh more)
DECAY = 0.8
# a hint right less often than this is not proposed at all
MIN_RELIABILITY = 0.5
MAX_HINTS = 3
TEXT_FIELDS = ("customer_name", "supplier_name", "payment_terms")
MULTILINE_FIELDS = ("billing_address", "delivery_address")


class FieldHint(BaseModel):
    """One way the value of a field was found on this sender's documents."""

    field: str
    placement: Placement
    page: int = 1
    label: str = ""  # folded label text (the segment's start when inline)
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # page fractions
    value: str | None = None  # the value itself ("constant")
    date_order: Literal["day-first", "month-first"] | None = None
    number_language: str | None = None  # whose decimal mark the amounts use
    skip: int = 0  # lines of an address block between its label and the value (a name)
    hits: float = 0.0  # faded count of later documents it read right
    misses: float = 0.0  # ... and wrong (or not at all while the field was there)
    taught_by: list[str] = Field(default_factory=list)  # who taught it (user names)

    @property
    def reliability(self) -> float:
        return (self.hits + 0.5) / (self.hits + self.misses + 1.0)

    def same_place(self, other: FieldHint) -> bool:
        if self.placement != other.placement or self.field != other.field:
            return False
        if self.placement == "constant":
            return self.value == other.value
        if self.placement == "box":
            return self.page == other.page and _overlap(self.box, other.box) > 0.3
        # a label with a number ("tax (7%)") is one label whatever the number
        return profile_labels.shape(self.label) == profile_labels.shape(other.label) and (
            self.skip == other.skip
        )


class SenderProfile(BaseModel):
    """Everything learned about one sender."""

    key: str  # a VAT id, IBAN or SIREN, else "fp:" + a letterhead fingerprint
    identifiers: list[str] = Field(default_factory=list)
    fingerprint: list[str] = Field(default_factory=list)  # letterhead words
    name: str = ""
    documents: int = 0
    hints: dict[str, list[FieldHint]] = Field(default_factory=dict)
    line_hint: LineHint | None = None
    table_hint: TableHint | None = None  # the columns of its item table
    # the columns of the other tables it prints (a delivery note with and without prices)
    table_variants: list[TableHint] = Field(default_factory=list)
    # documents whose line items the machine read all right (after the SKU hint), and not
    lines_right: float = 0.0
    lines_wrong: float = 0.0
    # line items the machine read right with this profile, and read wrong or missed
    # (faded by DECAY at each document, as the hints' counts): the profile's track record
    rows_right: float = 0.0
    rows_wrong: float = 0.0
    # per header field, the sender's documents whose value the machine gave was the approved
    # one, and those whose value was not (faded as the rows): each field's own track record
    fields_right: dict[str, float] = Field(default_factory=dict)
    fields_wrong: dict[str, float] = Field(default_factory=dict)
    # per way its lines were read (``line_mode``: the reader kept, and whether the other
    # reader read the same lines), the sender's documents whose lines were all right and
    # those with a line wrong or missed (faded by DECAY): each mode's own track record
    line_modes: dict[str, tuple[float, float]] = Field(default_factory=dict)
    # the shape of its approved lines: the most words a unit had (None before any approved
    # line), and whether every approved line had one (``steady_cell``)
    unit_words: int | None = None
    units_always: bool = True
    # whether any of its approved lines had a unit price or an amount (None before any
    # approved line): a sender whose delivery notes never print prices
    priced: bool | None = None
    # approved documents (faded by DECAY) with a line whose amount was a round discount off
    # its quantity x price (``profile_discounts``): the sender's unprinted discounts close
    # its lines' arithmetic
    discounts: float = 0.0
    # the header fields the machine gave wrong on the sender's first approved document (read
    # without a profile) and never since: their record is judged apart (``record_cell``)
    first_wrong: list[str] = Field(default_factory=list)
    # per header field, the value the machine gave on the sender's latest document that a
    # clerk changed or deleted (cleared once the machine's value is kept): the same value
    # given again is the same mistake (``refused_cap``)
    refused: dict[str, str] = Field(default_factory=dict)
    # per header field, the sender's documents in a row whose value the machine gave was the
    # approved one, since the latest where it was not (``record_cell``: ``SINCE_WRONG``)
    fields_since: dict[str, int] = Field(default_factory=dict)
    # its approved lines' words (``profile_items.item_key``: code, description, unit), the
    # latest last: a line read with the same words is one the sender's profile predicted
    items: list[str] = Field(default_factory=list)


def tables(profile: SenderProfile | None) -> list[TableHint]:
    """Every table layout learned for the sender, the likeliest first."""
    if profile is None:
        return []
    return [h for h in (profile.table_hint, *profile.table_variants) if h is not None]


class ProfileCalibration(BaseModel):
    """Share of profile values found right, by evidence cell (see ``cell``); refitted by
    ``orderdesk learn`` from approved documents."""

    cells: dict[str, tuple[int, int]] = Field(default_factory=dict)  # cell -> (given, right)
    # of ``cells``, what the installation's own approved documents observed (``orderdesk
    # learn``, ``learning.calibrate.refitted``); the rest is the shipped calibration's
    own: dict[str, tuple[int, int]] = Field(default_factory=dict)

    def counts(self, cell_key: str, shipped: bool = False) -> tuple[int, int]:
        """Values given and right in the cell, or in its pool while the cell alone has
        too few observations to say (a label's value inline, right of or below it is
        one kind of reading: a sender's below-label hint proven three times is as good as
        the inline ones, and has far fewer observations). ``shipped``: without the
        installation's own observations."""

        def of(key: str) -> tuple[int, int]:
            given, right = self.cells.get(key, (0, 0))
            if shipped and key in self.own:
                g, r = self.own[key]
                given, right = given - g, right - r
            return given, right

        given, right = of(cell_key)
        parent = _pool(cell_key)
        if parent is None or given >= POOL_BELOW:
            return given, right
        pooled = [of(k) for k in self.cells if _pool(k) == parent]
        return sum(g for g, _r in pooled), sum(r for _g, r in pooled)

    def confidence(self, cell_key: str) -> float:
        share = _share(self.counts(cell_key))
        if share < OWN_PROOF or not self._own_part(cell_key):
            return share
        # the installation's own approvals lift a cell past auto-accept only as far as
        # they prove it: the 95 % lower bound of its share right, never below where the
        # shipped calibration had it (18 documents right of 18 say 0.9 by the share, 0.85
        # by the bound; 28 of 28 say 0.9 both ways)
        shipped = _share(self.counts(cell_key, shipped=True))
        if shipped >= share:
            return share
        return round(max(shipped, min(share, self.bound(cell_key))), 3)

    def _own_part(self, cell_key: str) -> bool:
        """Did the installation's own approvals observe the cell or its pool?"""
        if not self.own:
            return False
        parent = _pool(cell_key)
        if cell_key in self.own or parent is None:
            return cell_key in self.own
        return any(_pool(k) == parent for k in self.own)

    def bound(self, cell_key: str) -> float:
        """The share right of the cell (or its pool) that its observations put the true
        share above with 95 % certainty (uniform prior): 30 values all right say 0.907,
        60 say 0.952; a cell never seen says nothing (0)."""
        given, right = self.counts(cell_key)
        if not given:
            return 0.0
        return round(min(0.99, beta.lower(right + 1.0, given - right + 1.0, 0.05)), 3)

    def mostly_wrong(self, cell_key: str) -> bool:
        """Were values of this placement read alone (the page's own reading disagreeing)
        mostly wrong, however proven the hint? (A bare box reads whatever the next
        document prints there, often another field or nothing the sender meant.)"""
        parts = cell_key.split("|")
        if len(parts) != 4 or parts[2] != "alone":
            return False
        given = right = 0
        for key, (g, r) in self.cells.items():
            other = key.split("|")
            if len(other) == 4 and other[0] == parts[0] and other[2:] == parts[2:]:
                given, right = given + g, right + r
        return given >= MOSTLY_WRONG_SEEN and 2 * right < given


def _share(counts: tuple[int, int]) -> float:
    """A cell never seen is not trusted; otherwise the share right, shrunk towards wrong
    while there are few observations (7 right of 7 is not yet 0.9)."""
    given, right = counts
    return round(min(0.99, right / (given + 2.0)), 3) if given else 0.5


# the confidence past which a cell's share must be proven by its bound when the
# installation's own observations are what lifted it (auto-accept)
OWN_PROOF = 0.9
# the prefix of a value left out in ``ExtractionResult.profile_cells`` (see ``drop_absent``)
DROPPED = "dropped:"
# the prefix of a value's record cell in ``ExtractionResult.profile_cells`` (``record_cell``),
# and the cell's first part
RECORD = "record:"
RECORD_CELL = "record"
# a cell with fewer observations than this is estimated from its pool (``_pool``)
POOL_BELOW = 30
# observations of a placement read alone before its being mostly wrong drops its values
MOSTLY_WRONG_SEEN = 5
LABELLED = ("inline", "right", "below")
# the first part of the cell of an address a labelled hint read as a block of lines
BLOCK = "block"
# ... and of a remembered address found printed on the page (a ``constant`` hint)
CONSTANT_ADDRESS = "address"


def _pool(cell_key: str) -> str | None:
    """The pool a header field's cell borrows from: the labelled placements together; a
    field's record cell, every field's record cell at the same record and band; a known
    sender's lines that its learned cells and the generic readers read alike, once its
    table has a record (``line_cell``), every such cell at the same band and source, by
    whichever reader they were kept from and however proven: two readers agreeing is the
    evidence, and it is spread thin over a dozen cells."""
    parts = cell_key.split("|")
    if len(parts) == 4 and parts[0] in LABELLED:
        return "|".join(["label", *parts[1:]])
    if len(parts) == 4 and parts[2] == NAMED:
        # the block found whole is the evidence, of the name and of the address under it
        # alike, however often either hint was right
        return "|".join([NAMED, "*", parts[3]])
    if len(parts) == 5 and parts[0] == RECORD_CELL:
        return "|".join([RECORD_CELL, "*", *parts[2:]])
    if len(parts) == 6 and parts[0] == MODE_CELL:
        return _mode_pool(parts)
    two = len(parts) == 6 and parts[0] == "lines" and parts[5] == TWO_READINGS
    if two and parts[1].isdigit() and int(parts[1]) >= 1:
        return "|".join(["lines", "+", parts[2], parts[3], "*", TWO_READINGS])
    return None


def cell(hint: FieldHint, agrees: bool, ocr: bool) -> str:
    """The evidence cell of a value a hint read: how proven the hint is, whether the
    generic reading found the same value, and whether the page was OCR'd."""
    proven = min(3, int(hint.hits + 0.5)) if hint.misses < 0.5 else -1
    # an address read as a block of lines under a label is its own evidence: how many of
    # its lines belong to it is a new way to be wrong, so it borrows no single value's record
    place = (
        BLOCK if hint.field in MULTILINE_FIELDS and hint.placement in LABELLED else hint.placement
    )
    if hint.field in MULTILINE_FIELDS and hint.placement == "constant":
        # a remembered address found printed on the page is its own evidence too: printed
        # elsewhere (the other party's block, a footer) on a document that has none, it
        # is a new way to be wrong that the pooled constant names never showed (the
        # shipped constant cells said 27 of 27 where dev streams saw 14 of 15 and 33 of 36)
        place = CONSTANT_ADDRESS
    return f"{place}|{proven}|{'agree' if agrees else 'alone'}|{'ocr' if ocr else 'text'}"


# --- reading a value where a hint points ------------------------------------------------


def _reader(
    field: str, language: str, hint: FieldHint | None = None
) -> Callable[[str], str | None]:
    if field in fields.DATE_FIELDS:
        month_first = hint is not None and hint.date_order == "month-first"

        def date_value(text: str) -> str | None:
            found = find_dates(text[:40], month_first=month_first)
            return found[0][0].isoformat() if found and found[0][1] <= 6 else None

        return date_value
    if field in fields.AMOUNT_FIELDS:
        lang = hint.number_language if hint and hint.number_language else language

        def amount(text: str) -> str | None:
            value = parse_amount(text, lang)
            return money_str(abs(value)) if value is not None else None

        return amount
    if field == "vat_id":
        return lambda text: next((v for v, trust, s, _ in find_vats(text) if s <= 12), None)
    if field == "iban":
        return lambda text: next((v for v, trust, s, _ in find_ibans(text) if s <= 12), None)
    parse = fields.parser_for(field, language)
    if field in TEXT_FIELDS:
        # "Terms - Net 30": the separator after the label is not part of the value
        return lambda text: parse(text.strip(" :-\u2013\u2014"))
    return parse


def _segments(layouts: list[PageLayout], page: int) -> tuple[PageLayout, list[Segment]] | None:
    for layout in layouts:
        if layout.page == page:
            return layout, layout.segments
    return None


def _rel(layout: PageLayout, box: BBox) -> tuple[float, float, float, float]:
    w, h = max(layout.width, 1.0), max(layout.height, 1.0)
    return (box[0] / w, box[1] / h, box[2] / w, box[3] / h)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """Intersection over the smaller box."""
    ix = min(a[2], b[2]) - max(a[0], b[0])
    iy = min(a[3], b[3]) - max(a[1], b[1])
    if ix <= 0 or iy <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return ix * iy / max(smaller, 1e-9)


def _starts(seg: Segment) -> list[int]:
    """Character offsets where the words of ``seg`` start."""
    out, pos = [], 0
    for w in seg.words:
        out.append(pos)
        pos += len(w.text) + 1
    return out


def _below(layout: PageLayout, seg: Segment) -> Segment | None:
    for row in layout.rows[seg.row + 1 : seg.row + 4]:
        if row.top > seg.bottom + layout.line_height * 3:
            return None
        for s in row.segments:
            if min(s.x1, seg.x1) - max(s.x0, seg.x0) > 0 or abs(s.x0 - seg.x0) < 12:
                return s
        cell = _grid_cell(layout.rows[seg.row].segments, row.segments, seg)
        if cell is not None:
            return cell
    return None


def _grid_cell(labels: list[Segment], values: list[Segment], seg: Segment) -> Segment | None:
    """A row of labels over a row of as many values ("MONTANT HT  TVA 20 %  TOTAL À
    PAYER" over three amounts, each set right or centred): the value in ``seg``'s place."""
    if len(labels) != len(values) or len(labels) < 2:
        return None
    k = next((i for i, s in enumerate(labels) if s is seg), None)
    return values[k] if k is not None else None


def _right(layout: PageLayout, seg: Segment) -> Segment | None:
    right = [s for s in layout.rows[seg.row].segments if s.x0 >= seg.x1 - 1]
    return right[0] if right else None


Reading = tuple[str, int, BBox, bool]  # value, page, box, read by OCR


def read(hint: FieldHint, layouts: list[PageLayout], language: str) -> Reading | None:
    """The value ``hint`` points at on this document, or None."""
    if hint.placement == "absent":
        return None
    if hint.placement == "constant":
        return _find_constant(hint, layouts)
    if hint.field in MULTILINE_FIELDS:
        return _read_block(hint, layouts)
    found = _segments(layouts, hint.page)
    if found is None:
        return None
    layout, segs = found
    if hint.placement in LABELLED and not profile_labels.printed_once(
        segs, hint.label, hint.placement == "inline"
    ):
        return None
    parse = _reader(hint.field, language, hint)
    best: tuple[float, Reading] | None = None
    for seg in segs:
        target: Segment | None = None
        text = ""
        if hint.placement == "box":
            if _overlap(_rel(layout, (seg.x0, seg.top, seg.x1, seg.bottom)), hint.box) < 0.5:
                continue
            target, text = seg, seg.text
        elif hint.placement == "inline":
            end = profile_labels.inline_end(seg, hint.label)
            if end is None:
                continue
            target = seg.sub(end)
            text = seg.text[end:]
        elif profile_labels.is_label(seg, hint.label):
            target = _right(layout, seg) if hint.placement == "right" else _below(layout, seg)
            text = target.text if target is not None else ""
        if target is None:
            continue
        value = parse(text)
        if value is None:
            continue
        if hint.placement == "inline":
            box = target.bbox_of(0, len(target.text))
        else:
            box = words_bbox(target.words)
        distance = sum(abs(a - b) for a, b in zip(_rel(layout, box), hint.box, strict=True))
        if best is None or distance < best[0]:
            best = (distance, (value, layout.page, box, target.ocr))
    return best[1] if best else None


def _find_constant(hint: FieldHint, layouts: list[PageLayout]) -> Reading | None:
    """The remembered value, if it is printed on this document (every line of it)."""
    assert hint.value is not None
    parts = [p.strip() for p in hint.value.split(", ")] if hint.field in MULTILINE_FIELDS else []
    parts = parts or [hint.value]
    wanted = [_squash(p) for p in parts if p]
    for layout in layouts:
        segs = layout.segments
        hits: list[Segment] = []
        for want in wanted:
            seg = next((s for s in segs if want and _printed_whole(want, s.text)), None)
            if seg is None:
                break
            hits.append(seg)
        else:
            if hits:
                words = [w for s in hits for w in s.words]
                return hint.value, layout.page, words_bbox(words), any(s.ocr for s in hits)
    return None


def _printed_whole(want: str, text: str) -> bool:
    """Is ``want`` (squashed) printed in ``text`` as whole words, whatever the punctuation
    and spaces between them? Inside a word it is not the value: a remembered currency
    "EUR" was found in "compresseur" on an invoice stating none, and the sender's constant
    cell lifted it to 0.93 (B stream seed 2417)."""
    if want not in _squash(text):
        return False
    tokens = re.findall(r"[^\W_]+", fold(text))
    for i in range(len(tokens)):
        run = ""
        for token in tokens[i:]:
            run += token
            if len(run) >= len(want):
                break
        if run == want:
            return True
    return False


# the most lines an address block runs to under its label
BLOCK_LINES = 6


def _block_from(layout: PageLayout, seg: Segment) -> list[Segment]:
    """``seg`` and the lines printed under it in its column, without a gap between them
    (an address block), up to a line that is a label itself ("Contact :")."""
    from extraction.labels import match_label

    out, cur = [seg], seg
    pitch: float | None = None  # from the foot of the block's first line to the second's
    for row in layout.rows[seg.row + 1 :]:
        if row.top - cur.bottom > layout.line_height * 2.2 or len(out) >= BLOCK_LINES:
            break
        nxt = next((s for s in row.segments if abs(s.x0 - seg.x0) < 12), None)
        if nxt is None:
            continue  # a row of the block beside it, printed between two of this one's
        step = nxt.bottom - cur.bottom
        # a wider space, or a labelled line ("Credit Terms 60 days", "Tél :", "Required
        # delivery date: 28 September"): the next thing printed, not the address
        wider = pitch is not None and step > pitch * 1.25
        if wider or ":" in nxt.text or match_label(nxt.folded):
            break
        pitch = step if pitch is None else pitch
        out.append(nxt)
        cur = nxt
    return out


def _read_block(hint: FieldHint, layouts: list[PageLayout]) -> Reading | None:
    """An address where ``hint`` points: the block under its label (past ``skip`` lines,
    the name printed over the street) or right of it, every line of it joined."""
    from extraction.parties import address_text

    found = _segments(layouts, hint.page)
    if found is None or hint.placement not in LABELLED:
        return None
    layout, segs = found
    if not profile_labels.printed_once(segs, hint.label, hint.placement == "inline"):
        return None
    best: tuple[float, Reading] | None = None
    for seg in segs:
        start: Segment | None = None
        if hint.placement == "inline":
            end = profile_labels.inline_end(seg, hint.label)
            if end is not None:
                start = seg.sub(end)
        elif profile_labels.is_label(seg, hint.label):
            start = _right(layout, seg) if hint.placement == "right" else _below(layout, seg)
        if start is None:
            continue
        lines = _block_from(layout, start)[hint.skip :]
        if not lines:
            continue
        ocr = any(s.ocr for s in lines)
        value = address_text(lines, ocr)
        if not value:
            continue
        box = words_bbox([w for s in lines for w in s.words])
        distance = sum(abs(a - b) for a, b in zip(_rel(layout, box), hint.box, strict=True))
        if best is None or distance < best[0]:
            best = (distance, (value, layout.page, box, ocr))
    return best[1] if best else None


def _locate_block(field: str, value: str, layouts: list[PageLayout]) -> list[FieldHint]:
    """Hints that read an approved address: the label over its block (the lines between
    them skipped) or left of its first line, each kept only if it reads the value back."""
    whole = _squash(value)
    out: list[FieldHint] = []
    if len(whole) < 4:
        return out
    for layout in layouts:
        for seg in layout.segments:
            tries: list[FieldHint] = []
            squashed = _squash(seg.text)
            if len(squashed) < 4 or not whole.startswith(squashed):
                # "Livraison : 12 rue X": the label printed before the address's first line
                for start in _starts(seg)[1:]:
                    rest = _squash(seg.text[start:])
                    label = seg.folded[:start]
                    starts_word = seg.text[start : start + 1].isalnum()
                    if (
                        starts_word
                        and len(rest) >= 4
                        and whole.startswith(rest)
                        and _is_label(label)
                    ):
                        box = _rel(layout, words_bbox(seg.sub(start).words))
                        tries.append(
                            FieldHint(
                                field=field,
                                placement="inline",
                                page=layout.page,
                                label=label,
                                box=box,
                            )
                        )
                        break
                out += [h for h in tries if _reads_back(h, layouts, field, value)]
                continue
            box = _rel(layout, words_bbox([w for s in _block_from(layout, seg) for w in s.words]))
            common = {"field": field, "page": layout.page, "box": box}
            left = [s for s in layout.rows[seg.row].segments if s.x1 <= seg.x0 + 1]
            if left and _block_label(left[-1]):
                tries.append(FieldHint(placement="right", label=left[-1].folded.strip(), **common))
            # up the column to the head of the block (a name, a street over the town are
            # lines of it, not its label), and the label over a gap above that head
            cur, skip = seg, 0
            for row in reversed(layout.rows[max(0, seg.row - 4) : seg.row]):
                over = next(
                    (
                        s
                        for s in row.segments
                        if min(s.x1, cur.x1) - max(s.x0, cur.x0) > 0 or abs(s.x0 - cur.x0) < 12
                    ),
                    None,
                )
                if over is None or cur.top - over.bottom > layout.line_height * 3:
                    break
                nxt = _right(layout, over)
                if nxt is not None and nxt.x0 - over.x1 < 120:
                    break  # another field's label and value ("Suivant devis:  D2025-703")
                if cur.top - over.bottom > layout.line_height * 0.9:
                    beside = _right(layout, over)
                    if _is_label(over.folded) and (beside is None or beside.x0 - over.x1 > 250):
                        label = over.folded.strip()
                        tries.append(FieldHint(placement="below", label=label, skip=skip, **common))
                    break
                cur, skip = over, skip + 1
            if cur is not seg and _is_label(cur.folded):
                # the head of the block: its label, or a name printed over it every time
                label = cur.folded.strip()
                tries.append(FieldHint(placement="below", label=label, skip=skip - 1, **common))
            out += [h for h in tries if _reads_back(h, layouts, field, value)]
    return out


def _block_label(seg: Segment) -> bool:
    """A label a block is printed under or beside ("Livrer à :", "Ship to"), not a line
    of another block."""
    from extraction.labels import match_label

    return seg.text.rstrip().endswith(":") or match_label(seg.folded) is not None


def _reads_back(hint: FieldHint, layouts: list[PageLayout], field: str, value: str) -> bool:
    got = _read_block(hint, layouts)
    return got is not None and same_value(field, got[0], value)


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


# --- teaching: where a confirmed value sits -----------------------------------------------


def locate(field: str, value: str, layouts: list[PageLayout], language: str) -> list[FieldHint]:
    """Hints that read ``value`` (the value a clerk approved) on this document: the label
    before it, beside it or over it, else its box; and the value itself for the fields a
    sender prints the same way on every document."""
    out: list[FieldHint] = []
    if field in TEXT_FIELDS or field in MULTILINE_FIELDS or field in ("vat_id", "iban", "currency"):
        out.append(FieldHint(field=field, placement="constant", value=value))
    if field in MULTILINE_FIELDS:
        return _unique(out + _locate_block(field, value, layouts))
    variants: list[tuple[Callable[[str], str | None], dict[str, str]]] = []
    if field in fields.DATE_FIELDS:
        # the order is learned only from a date that reads differently the other way
        day = _reader(field, language, FieldHint(field=field, placement="box"))
        month = _reader(
            field, language, FieldHint(field=field, placement="box", date_order="month-first")
        )

        def either(text: str) -> str | None:
            # "07/03/2024" reads both ways: the order the approved value says wins (reading
            # the day first only would never learn where a month-first sender's date is)
            a = day(text)
            return a if a == value else month(text) or a

        def order_of(text: str) -> dict[str, str]:
            a, b = day(text), month(text)
            if a == b:
                # "6/26/2025" reads one way only (both readers fall back to it), and says
                # the sender's order as surely as an ambiguous date its clerk settled
                order = printed_order(text, value)
                return {"date_order": order} if order else {}
            return {"date_order": "day-first" if a == value else "month-first"}

        variants.append((either, {}))
    elif field in fields.AMOUNT_FIELDS:
        for lang in ("fr", "en"):
            h = FieldHint(field=field, placement="box", number_language=lang)
            variants.append((_reader(field, language, h), {"number_language": lang}))
    else:
        variants.append((_reader(field, language), {}))
    for layout in layouts:
        for seg in layout.segments:
            for start in _starts(seg):
                for parse, extra in variants:
                    got = parse(seg.text[start:])
                    if got is None or not same_value(field, got, value):
                        continue
                    target = seg.sub(start) if start else seg
                    box = _rel(layout, words_bbox(target.words))
                    if field in fields.DATE_FIELDS:
                        extra = order_of(seg.text[start:])
                    common = {"field": field, "page": layout.page, "box": box, **extra}
                    labelled = len(out)
                    if start:
                        label = seg.folded[:start]
                        if not _is_label(label):
                            # a header line running several fields on: the label is the
                            # words right before the value (``profile_labels.mid_end``)
                            label = profile_labels.tail_label(label) or ""
                        if label and _is_label(label):
                            out.append(FieldHint(placement="inline", label=label, **common))
                    else:
                        left = [s for s in layout.rows[seg.row].segments if s.x1 <= seg.x0 + 1]
                        above = _above(layout, seg)
                        if left and _is_label(left[-1].folded):
                            label = left[-1].folded.strip()
                            out.append(FieldHint(placement="right", label=label, **common))
                        elif above is not None:
                            label = above.folded.strip()
                            out.append(FieldHint(placement="below", label=label, **common))
                    found = len(out) > labelled
                    out.append(FieldHint(placement="box", **common))
                    break
                else:
                    continue
                # "N° LIV-2024-2208" reads whole as the number too: go on to find the label
                # printed before it in the segment, else only a bare box would be learned
                if start or found or field == "currency":
                    break
    return _unique(out)


def _is_label(text: str) -> bool:
    """Words, not another document's value ("BL202411-967" moves with each document)."""
    words = re.search(r"[a-z]{2}", text) is not None or re.search(r"\bn\s?[°º]", text) is not None
    return words and re.search(r"\d{3}", text) is None


def _above(layout: PageLayout, seg: Segment) -> Segment | None:
    """The label right over ``seg`` (the segment a "below" hint would find it under)."""
    for row in reversed(layout.rows[max(0, seg.row - 3) : seg.row]):
        for s in row.segments:
            if min(s.x1, seg.x1) - max(s.x0, seg.x0) > 0 or abs(s.x0 - seg.x0) < 12:
                if _is_label(s.folded) and _below(layout, s) is seg:
                    return s
                return None
        cell = _grid_cell(layout.rows[seg.row].segments, row.segments, seg)
        if cell is not None and _is_label(cell.folded) and _below(layout, cell) is seg:
            return cell
        return None
    return None


def same_value(field: str, got: str, want: str) -> bool:
    """Are two readings of a field the same value (amounts as numbers, text squashed)?"""
    if field in fields.AMOUNT_FIELDS:
        try:
            from decimal import Decimal

            return Decimal(got) == Decimal(want)
        except ArithmeticError:
            return False
    return _squash(got) == _squash(want)


def kept_as(field: str, got: str, want: str) -> bool:
    """Would a clerk have kept the machine's ``got`` as the approved ``want``? The same
    value (``same_value``) and the same text as the contract compares it
    (``extraction.evaluate.same_value``): ``same_value`` squashes punctuation away, so an
    address read "90 chemin des Vignes · 33000 BORDEAUX" that the clerk changed to "90
    chemin des Vignes, 33000 BORDEAUX" counted right in the sender's record and in the
    calibration, and the record lifted it wrong to 0.99 on every later document (s933).
    What the record and the fits count as right is what the clerk did not change."""
    from extraction.evaluate import same_value as approved_same

    return same_value(field, got, want) and approved_same(field, got, want)


def _unique(hints: list[FieldHint]) -> list[FieldHint]:
    out: list[FieldHint] = []
    for h in hints:
        if not any(o.same_place(h) for o in out):
            out.append(h)
    return out


# --- extraction with a profile ----------------------------------------------------------


class Learned(BaseModel):
    """What extraction is given: the profiles of known senders and their calibration."""

    profiles: list[SenderProfile] = Field(default_factory=list)
    calibration: ProfileCalibration = Field(default_factory=lambda: default_calibration())


def default_calibration() -> ProfileCalibration:
    """The calibration shipped with orderdesk (fitted on generated streams), until
    ``orderdesk learn`` fits one on the installation's own approved documents."""
    path = Path(__file__).with_name("calibration") / "profiles.json"
    if not path.exists():
        return ProfileCalibration()
    return ProfileCalibration.model_validate_json(path.read_text(encoding="utf-8"))


def sender_profile(learned: Learned | None, layouts: list[PageLayout]) -> SenderProfile | None:
    """The profile of the document's sender, if it is known."""
    if learned is None or not learned.profiles:
        return None
    return match(learned.profiles, layouts)


def propose(
    profile: SenderProfile | None,
    cands: dict[str, list[Candidate]],
    layouts: list[PageLayout],
    sources: dict[int, Source],
    language: str,
) -> tuple[str, Used] | None:
    """Add the candidates of the document's sender's profile, if it has one, among the
    page's own: the constraints (totals, date order, identifiers) then rank them all."""
    if profile is None:
        return None
    found, used = candidates(profile, layouts, sources, language)
    labelled = {
        name: top[0]
        for name, group in cands.items()
        if (top := best_first(group)) and top[0].label_rank > 0 and top[0].bbox is not None
    }
    for name, more in found.items():
        page = best_first(cands.get(name, []))
        for cand in more:
            ordered = any(n in ("day-first", "month-first") for n in cand.notes)
            # an ambiguous date read in the same order as the page's is no second opinion
            if page and same_value(name, page[0].value, cand.value) and not ordered:
                # the page's own best reading is the same value: two independent readings
                cand.agree += 1
                cand.notes.append("the page's reading agrees")
            other = next(
                (n for n, c in labelled.items() if n != name and c.bbox == cand.bbox), None
            )
            if other is not None:
                # the page labels this very value as another field ("Due date:")
                cand.disagree += 1
                cand.notes.append(f"labelled {other} on the page")
        cands.setdefault(name, []).extend(more)
    return profile.key, used


# A profile's value is one candidate among the page's, its prior from how often its hint
# was right on the sender's later documents: an untried hint ranks with a specific label
# (0.725), a hint right twice running above any generic reading (0.9); a constraint the
# value breaks (net + tax != gross, a due date before the document date) outweighs it.
PROFILE_BASE = 0.45
PROFILE_WEIGHT = 0.55
# a bare place on the page moves with the length of a table; a label moves with its value
_PLACEMENT_PRIOR = {"inline": 0.0, "right": 0.0, "below": -0.02, "constant": 0.0, "box": -0.1}
_PLACEMENT_RANK = {"inline": 0, "right": 0, "below": 1, "constant": 2, "box": 3, "absent": 4}
# a field clerks removed on this sender's recent documents, and never had to add
ABSENT_RELIABILITY = 0.7


def profile_prior(hint: FieldHint) -> float:
    """The ranking prior of a value ``hint`` read: its measured hit rate, by placement."""
    return PROFILE_BASE + PROFILE_WEIGHT * hint.reliability + _PLACEMENT_PRIOR[hint.placement]


def drop_absent(
    profile: SenderProfile | None,
    values: dict[str, FieldValue],
    used: Used,
    cands: dict[str, list[Candidate]] | None = None,
    calibration: ProfileCalibration | None = None,
    cells: dict[str, str] | None = None,
) -> list[str]:
    """Remove the values of fields this sender does not print (clerks deleted what the
    machine read there), unless the profile itself read the value; and the values only a
    hint of a placement whose lone readings the calibration found mostly wrong read (a
    clerk would have to delete them, as the sender's optional fields are often not
    there). ``cells`` gets the evidence cell and value of each such value left out
    (``DROPPED`` + field), so a refit still sees how often they would have been right."""
    if profile is None:
        return []
    dropped = []
    if calibration is not None and cands is not None:
        for name, read, key, agrees in _evidenced(used, values, cands):
            if not agrees and calibration.mostly_wrong(key):
                del values[name]
                dropped.append(name)
                if cells is not None:
                    cells[DROPPED + name] = f"{key}\t{read.value}"
    for name, hints in profile.hints.items():
        absent = next((h for h in hints if h.placement == "absent"), None)
        if absent is None or absent.reliability < ABSENT_RELIABILITY:
            continue
        fv = values.get(name)
        if fv is None or any(same_value(name, v, fv.value) for _h, _o, v in used.get(name, [])):
            continue
        del values[name]
        dropped.append(name)
    return dropped


_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{2,4})(?!\d)")


def printed_order(text: str, value: str) -> Literal["day-first", "month-first"] | None:
    """The order ``text``'s first numeric date is printed in, as the date ``value`` (ISO)
    it stands for says: None when day and month are the same number or no numeric date
    reads as ``value``. A date with a day past 12 tells its order though no reader hesitates
    over it; without this a sender writing "6/26/2025" never taught its order, and its next
    ambiguous "4/2/2026" was read day-first against a date learned that very way."""
    m = _NUMERIC_DATE.search(text[:40])
    parts = value.split("-")
    if m is None or len(parts) != 3:
        return None
    first, second = int(m.group(1)), int(m.group(2))
    month, day = int(parts[1]), int(parts[2])
    if first == second:
        return None
    if (first, second) == (day, month):
        return "day-first"
    if (first, second) == (month, day):
        return "month-first"
    return None


def date_order(profile: SenderProfile) -> Literal["day-first", "month-first"] | None:
    """The order this sender writes numeric dates in, from any of its dates that could be
    read only one way (the latest hint that knew it)."""
    orders = [h.date_order for hs in profile.hints.values() for h in hs if h.date_order]
    return orders[-1] if orders else None


# field -> the hints that read a value (hint, read by OCR, value), the likeliest first
Used = dict[str, list[tuple[FieldHint, bool, str]]]


def candidates(
    profile: SenderProfile,
    layouts: list[PageLayout],
    sources: dict[int, Source],
    language: str,
) -> tuple[dict[str, list[Candidate]], Used]:
    """A candidate per value the profile's hints read (the likeliest hint per value)."""
    out: dict[str, list[Candidate]] = {}
    used: Used = {}
    for name, hints in profile.hints.items():
        ranked = sorted(
            (h for h in hints if h.reliability >= MIN_RELIABILITY and h.placement != "absent"),
            key=lambda h: (-profile_prior(h), -h.hits, _PLACEMENT_RANK[h.placement]),
        )
        for hint in ranked:
            if name in fields.DATE_FIELDS and hint.date_order is None:
                hint = hint.model_copy(update={"date_order": date_order(profile)})
            got = read(hint, layouts, language)
            if got is None:
                continue
            value, page, box, ocr = got
            used.setdefault(name, []).append((hint, ocr, value))
            readings = [(value, profile_prior(hint), ["profile", hint.placement])]
            if name in fields.DATE_FIELDS:
                readings = _both_orders(hint, layouts, language, readings[0])
            for val, prior, notes in readings:
                if any(same_value(name, c.value, val) for c in out.get(name, [])):
                    continue  # a likelier hint read the same value
                out.setdefault(name, []).append(
                    Candidate(
                        field=name,
                        value=val,
                        page=page,
                        bbox=box,
                        source=sources.get(page, "text"),
                        origin="profile",
                        prior=prior,
                        notes=notes,
                    )
                )
    return out, used


# the other order of an ambiguous date ranks below the sender's own, unless the document's
# other dates or the due date following the document date say otherwise
OTHER_ORDER_PRIOR = 0.1


def _both_orders(
    hint: FieldHint, layouts: list[PageLayout], language: str, mine: tuple[str, float, list[str]]
) -> list[tuple[str, float, list[str]]]:
    """A numeric date that reads differently the other way is a candidate both ways, each
    noted with its order, so the document's own date order (``constraints.dates``) can
    overrule what the sender's earlier documents taught."""
    order = hint.date_order or "day-first"
    other: Literal["day-first", "month-first"] = (
        "month-first" if order == "day-first" else "day-first"
    )
    got = read(hint.model_copy(update={"date_order": other}), layouts, language)
    if got is None or got[0] == mine[0]:
        return [mine]
    value, prior, notes = mine
    # a sender whose order no date ever told: neither reading is the profile's
    drop = OTHER_ORDER_PRIOR if hint.date_order is None else 0.0
    return [
        (value, prior - drop, [*notes, order]),
        (got[0], prior - OTHER_ORDER_PRIOR, [*notes, other]),
    ]


def _evidenced(
    used: Used, values: dict[str, FieldValue], cands: dict[str, list[Candidate]]
) -> Iterator[tuple[str, FieldValue, str, bool]]:
    """Each value a profile hint read that is still there: its name, the value, the hint's
    evidence cell and whether the page's own best reading agrees (``_evidence_cell``)."""
    for name, readings in used.items():
        fv = values.get(name)
        if fv is None:
            continue
        found = _evidence_cell(name, fv, readings, cands)
        if found is not None:
            yield name, fv, *found


def _evidence_cell(
    name: str,
    fv: FieldValue,
    readings: list[tuple[FieldHint, bool, str]],
    cands: dict[str, list[Candidate]],
) -> tuple[str, bool] | None:
    """The evidence cell of the hint that read ``fv`` and whether the page's own best reading
    agrees with it; None when no hint read this value."""
    hint, ocr = next(
        ((h, o) for h, o, v in readings if same_value(name, v, fv.value)), (None, False)
    )
    if hint is None:
        return None
    generic = best_first([c for c in cands.get(name, []) if c.origin != "profile"])
    agrees = bool(generic) and same_value(name, generic[0].value, fv.value)
    return cell(hint, agrees, ocr), agrees


# a party's name and the addresses printed under it: the sender's remembered constants
# found as one block are read together (``named``)
NAMED = "named"
PARTY = "customer_name"


def _named_block(name: str, address: str, layouts: list[PageLayout]) -> bool:
    """Is the remembered ``address`` printed as the very lines under the remembered party
    ``name``, in its column? The block the clerks approved, found whole, whatever the page
    prints beside it (a ship-to block sharing its rows, whose name the page's own reading
    took for the customer's)."""
    want, whole = _squash(name), _squash(address)
    if len(want) < 4 or len(whole) < 4:
        return False
    for layout in layouts:
        for seg in layout.segments:
            if _squash(seg.text) != want:
                continue
            read = ""
            for line in _block_from(layout, seg)[1:]:
                read += _squash(line.text)
                if read == whole:
                    return True
                if not whole.startswith(read):
                    break
    return False


def _remembered(field: str, values: dict[str, FieldValue], used: Used) -> FieldValue | None:
    """The value of ``field`` if a remembered constant of the sender read it."""
    fv = values.get(field)
    if fv is None:
        return None
    hit = any(
        h.placement == "constant" and same_value(field, v, fv.value)
        for h, _ocr, v in used.get(field, [])
    )
    return fv if hit else None


def _named(
    name: str, values: dict[str, FieldValue], used: Used, layouts: list[PageLayout] | None
) -> bool:
    """Is the value of ``name`` part of a named block (``_named_block``)? The customer's
    remembered name with its remembered billing address under it; or a remembered address
    under the customer's name as the document reads it: the billing address, or the
    delivery address where it is not the billing address's block too."""
    who = values.get(PARTY)
    if layouts is None or who is None:
        return False
    if name == PARTY:
        address = _remembered("billing_address", values, used)
        known = _remembered(PARTY, values, used) is not None
        return known and address is not None and _named_block(who.value, address.value, layouts)
    if name not in MULTILINE_FIELDS:
        return False
    address = _remembered(name, values, used)
    billed = values.get("billing_address")
    if address is None or (
        name == "delivery_address"
        and billed is not None
        and same_value(name, billed.value, address.value)
    ):
        return False
    return _named_block(who.value, address.value, layouts)


def settle(
    values: dict[str, FieldValue],
    cands: dict[str, list[Candidate]],
    used: Used,
    calibration: ProfileCalibration,
    cap: float = 1.0,
    layouts: list[PageLayout] | None = None,
) -> dict[str, str]:
    """Give each value a profile hint read and resolution kept the confidence its evidence
    cell earned; returns the cell of each such field (kept for refitting). A remembered
    name and address the page's own reading disagrees with, found printed as one block
    (``_named``), are judged by their own cell (``named`` for ``alone``), never below the
    lone cell's share."""
    cells: dict[str, str] = {}
    for name, fv, key, agrees in _evidenced(used, values, cands):
        earned = calibration.confidence(key)
        parts = key.split("|")
        if parts[2] == "alone" and _named(name, values, used, layouts):
            key = "|".join([*parts[:2], NAMED, *parts[3:]])
            earned = max(earned, calibration.confidence(key))
        # two independent readings of the same value: the profile's agreeing never makes
        # the page's own calibrated reading less sure; but an address block read the way
        # no calibration has seen yet (its hint unproven) vouches for nothing: the page's
        # block reader and the hint can cut the same block short alike
        # (nor does one its sender's later documents never proved, however its cell was
        # fitted: block|0|agree, fitted 59 of 60 on the dev streams, would lift a 2nd
        # document's address past the family cap on one document's say; it is held as
        # an unseen cell holds it)
        unproven = int(key.split("|")[1]) < 1
        unseen = key.startswith(BLOCK) and (unproven or not calibration.counts(key)[0])
        if unseen:
            earned = _share((0, 0))
        # a cut the sender's documents approved twice with no miss is the sender's cut
        proven_cut = int(key.split("|")[1]) >= CUT_PROVEN
        if not agrees and not proven_cut and cut_otherwise(name, fv.value, cands):
            earned = min(earned, CUT_CAP)
        fv.confidence, before = (
            min(cap, max(earned, fv.confidence) if agrees and not unseen else earned),
            fv.confidence,
        )
        trace.note(f"field:{name}", f"profile cell {key}", fv.confidence, before)
        cells[name] = key
    return cells


# a hint's value the page's own reading cuts otherwise stays under auto-accept
CUT_CAP = 0.89
# ... unless the hint read the field right on this many of the sender's documents, none missed
CUT_PROVEN = 2


def cut_otherwise(name: str, value: str, cands: dict[str, list[Candidate]]) -> bool:
    """Does the page's own best reading of ``name`` hold the hint's ``value`` with words more
    or fewer ("2026/21062" beside "BC 2026/21062")? The two readers found the same print and
    cut it differently: which cut is right is the very thing neither knows, and a hint's
    cell, fitted on values the page read otherwise or not at all, does not say (A seed 66
    s000: the prefix of "N° BC 2026/21062" read into the number, lifted to 0.90 by its
    below|1|alone cell). Dates and amounts are read whole, never cut."""
    if name in fields.DATE_FIELDS or name in fields.AMOUNT_FIELDS:
        return False
    generic = best_first([c for c in cands.get(name, []) if c.origin != "profile"])
    if not generic:
        return False
    mine, theirs = _squash(value), _squash(generic[0].value)
    short, long = sorted((mine, theirs), key=len)
    return len(short) >= 3 and short != long and short in long


def match(book: list[SenderProfile], layouts: list[PageLayout]) -> SenderProfile | None:
    """The profile of the sender of this document: by an identifier of the sender printed
    on it (VAT id, IBAN, SIREN), else by the words of its letterhead."""
    text = "".join(_squash(s.text) for layout in layouts for s in layout.segments).upper()
    best: tuple[float, SenderProfile] | None = None
    words = set(fingerprint(layouts))
    for profile in book:
        ids = sum(1 for i in profile.identifiers if i and _squash(i).upper() in text)
        score = 1.0 + ids if ids else _letterhead(profile, words, text)
        if score >= FINGERPRINT_MATCH and (best is None or score > best[0]):
            best = (score, profile)
    return best[1] if best else None


FINGERPRINT_MATCH = 0.6
# a sender without identifiers whose name is printed: most of its steady letterhead words
# suffice (a delivery note's top also names a ship-to and a carrier that change each time)
NAMED_CONTAINMENT = 0.7


def _letterhead(profile: SenderProfile, words: set[str], text: str) -> float:
    """How well the page's letterhead words fit the profile's: their overlap, or, when the
    sender's own name is printed, the share of its steady words present."""
    steady = set(profile.fingerprint)
    score = _jaccard(words, steady)
    name = _squash(profile.name).upper()
    named = len(name) >= 4 and name in text
    if named and steady and len(words & steady) >= NAMED_CONTAINMENT * len(steady):
        score = max(score, FINGERPRINT_MATCH)
    return score


def steady_words(old: list[str], new: list[str]) -> list[str]:
    """The letterhead words a sender printed on every document so far (the ones that name
    it and its template), unless too few are left to tell it apart (a new layout)."""
    if not old:
        return new
    kept = sorted(set(old) & set(new))
    return kept if len(kept) >= STEADY_WORDS else new


STEADY_WORDS = 8


def fingerprint(layouts: list[PageLayout]) -> list[str]:
    """Words of the upper fifth of the first page without digits: the letterhead, the
    title and the fixed labels of a sender's template."""
    if not layouts:
        return []
    first = layouts[0]
    out = {
        w
        for seg in first.segments
        if seg.bottom <= first.height * 0.2
        for w in re.findall(r"[a-z]{3,}", seg.folded)
    }
    return sorted(out)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


# --- line items: where a sender puts the SKU -------------------------------------------


class LineHint(BaseModel):
    """How a sender prints an item's SKU inside the description cell ("CAF529A - Café",
    "[37.16.46] Tube", "Tube (REF 123)"), and how often its lines were right."""

    sku_first: bool = True
    before: str = ""  # text before the first part ("[")
    between: str = " "  # text between SKU and description ("] ", " - ")
    after: str = ""  # text after the last part (")")
    shapes: list[str] = Field(default_factory=list)  # SKU shapes seen ("[A-Z]{3}\d{3}[A-Z]")
    hits: float = 0.0
    misses: float = 0.0

    @property
    def reliability(self) -> float:
        return (self.hits + 0.5) / (self.hits + self.misses + 1.0)

    def pattern(self) -> re.Pattern[str]:
        sku = "(?P<sku>" + "|".join(self.shapes) + ")"
        desc = "(?P<desc>.+?)"
        first, second = (sku, desc) if self.sku_first else (desc, sku)
        parts = [re.escape(self.before), first, re.escape(self.between), second]
        return re.compile("^" + "".join(parts) + re.escape(self.after) + "$")

    def split(self, line: LineItem) -> LineItem | None:
        """The line with its SKU taken out of the description, if it is in there."""
        if line.sku or not line.description or not self.shapes:
            return None
        m = self.pattern().match(line.description.strip())
        if m is None:
            return None
        return line.model_copy(
            update={"sku": m.group("sku"), "description": m.group("desc").strip()}
        )


def sku_shape(sku: str) -> str:
    """A pattern of the SKU's characters: letters, digits, the rest as printed."""
    out: list[tuple[str, int]] = []
    for ch in sku:
        cls = (
            r"[A-Z]"
            if ch.isupper()
            else r"[a-z]"
            if ch.islower()
            else r"\d"
            if ch.isdigit()
            else re.escape(ch)
        )
        if out and out[-1][0] == cls:
            out[-1] = (cls, out[-1][1] + 1)
        else:
            out.append((cls, 1))
    return "".join(c if n == 1 else f"{c}{{{n}}}" for c, n in out)


def learn_line_hint(machine: list[LineItem], approved: list[dict[str, str]]) -> LineHint | None:
    """Where the SKU sat in the description the machine read, for the approved lines whose
    SKU it left there."""
    for want in approved:
        sku, desc = want.get("sku"), want.get("description")
        if not sku or not desc:
            continue
        for got in machine:
            text = (got.description or "").strip()
            if got.sku or sku not in text or desc not in text:
                continue
            i, j = text.index(sku), text.index(desc)
            if i < j:
                hint = LineHint(
                    sku_first=True,
                    before=text[:i],
                    between=text[i + len(sku) : j],
                    after=text[j + len(desc) :],
                )
            else:
                hint = LineHint(
                    sku_first=False,
                    before=text[:j],
                    between=text[j + len(desc) : i],
                    after=text[i + len(sku) :],
                )
            if len(hint.between) > 6 or len(hint.before) > 3 or len(hint.after) > 3:
                continue
            hint.shapes = sorted({sku_shape(w["sku"]) for w in approved if w.get("sku")})
            return hint
    return None


# a known sender's lines as read by its learned cells and by the generic readers: the same
# lines both ways, two readings that differ, or one reader alone (the other read no line)
TWO_READINGS = "two"
ONE_READING = "one"
LONE_READING = "lone"
# the other reader read the kept lines and more, none of the extra closing its arithmetic
# (``profile_disputes.surplus``): two readings when the kept lines sum to the printed net
# shown sure, else one (``net_confirms``)
SURPLUS_READING = "more"
# the readings differ only in rates the kept lines have and the other's lack
# (``profile_disputes.rate_only``): two readings when the kept lines' amounts sum to the
# net and their rates give the tax, both shown sure, else one (``rates_confirmed``)
RATED_READING = "rated"
# the other reader read some of the kept lines alike and missed the rest
# (``profile_disputes.missed``): a cell of its own (``short``) when the kept lines sum to
# the printed net shown sure, else one. Nothing the other read speaks against a kept line:
# they are judged by their own cells and the sender's records, not held as a dispute
MISSED_READING = "missed"
SHORT_READING = "short"


def line_cell(
    profile: SenderProfile,
    line: LineItem,
    reader: str,
    table: TableHint | None = None,
    readings: str = ONE_READING,
) -> str:
    """The evidence cell of a line read from a known sender: how often its lines were all
    right (the learned table's own record when its cells read them, so a sender's second
    kind of table is judged on its own documents, else the sender's documents'), how sure
    the reading and the whole document's checks left the line (the fitted line
    calibration, ``extraction.calibration.lines``), and which reader read it (the
    sender's learned cells, or the generic readers), and whether the sender's learned cells
    and the generic readers, two readers that go wrong in different ways, read the very
    same lines (``TWO_READINGS``) or not (``ONE_READING``)."""
    right, wrong = (
        (table.hits, table.misses)
        if table is not None
        else (profile.lines_right, profile.lines_wrong)
    )
    if table is not None and readings == TWO_READINGS:
        # the page reader read the very same lines: the sender's record of its lines speaks
        # for them as much as the table's own (a variant seen once, its column printed on
        # some documents only, had no record of its own: A seed 61 s006, all right)
        mine = _lines_proven(right, wrong)
        theirs = _lines_proven(profile.lines_right, profile.lines_wrong)
        band = "sure" if line.confidence >= 0.9 else "held" if line.confidence >= 0.8 else "doubt"
        proven = max(mine, theirs) if min(mine, theirs) >= 0 else min(mine, theirs)
        return f"lines|{proven}|{band}|{line.source}|{reader}|{readings}"
    band = "sure" if line.confidence >= 0.9 else "held" if line.confidence >= 0.8 else "doubt"
    return f"lines|{_lines_proven(right, wrong)}|{band}|{line.source}|{reader}|{readings}"


def _lines_proven(right: float, wrong: float) -> int:
    """How proven a sender's lines record is: its documents right (faded), capped at 3,
    while none was wrong recently; after a miss, the documents right net of ``RECORD_WRONG``
    for each wrong one, as a field's record (``record_cell``) and a mode's (``mode_cell``)
    count it: one miss among many hits is forgiven once the hits outweigh it, where it
    used to hold every line of the sender at ``-1`` for four more documents whatever its
    record; ``-1`` while the net leaves less than one document."""
    if wrong < 0.5:
        return min(3, int(right + 0.5))
    net = right - RECORD_WRONG * wrong
    return min(3, int(net + 0.5)) if net >= 0.5 else -1


def readings(
    lines: list[LineItem],
    other: list[LineItem],
    closes: Callable[[LineItem], bool] = profile_disputes.multiplies,
    items: Collection[str] = (),
) -> str:
    """``TWO_READINGS`` when the other reader read the very same lines, in the same order,
    every part of each the same (amounts as numbers, text squashed), or differing only in
    figures each line's own arithmetic (``closes``) settles for the kept reading
    (``profile_disputes.settled``); ``LONE_READING`` when it read no line at all (the
    generic reader found no table, or no learned cells read one): nothing speaks against
    the lines, unlike two readers that differ (``ONE_READING``), which hold nearly every
    wrong line of a proven sender; ``SURPLUS_READING`` when the other read the kept lines
    and rows besides that close no arithmetic (``profile_disputes.surplus``), which
    ``settle_lines`` judges as two readings once the kept lines sum to a net shown sure.
    Lines whose readings differ where the sender's approved lines (``items``,
    ``SenderProfile.items``) side with the kept words, each kept line closing its own
    arithmetic, count as read alike too (``profile_words.settled_by_sender``).
    ``MISSED_READING`` when the other read fewer lines, each one of the kept ones read
    alike (``profile_disputes.missed``), which ``settle_lines`` judges by a cell of its own
    once the kept lines sum to the net shown sure, else as one."""
    if lines and not other:
        return LONE_READING
    if profile_disputes.surplus(lines, other, closes):
        return SURPLUS_READING
    if profile_disputes.rate_only(lines, other, closes):
        return RATED_READING
    if profile_disputes.missed(lines, other, closes):
        return MISSED_READING
    if not lines or len(lines) != len(other):
        return ONE_READING
    approved = profile_words.Approved.of(items)
    if all(
        profile_disputes.settled(a, b, closes)
        or profile_words.settled_by_sender(a, b, approved, closes)
        for a, b in zip(lines, other, strict=True)
    ):
        return TWO_READINGS
    return ONE_READING


# The prior a sender's track record updates is the line's own calibrated confidence, worth
# this many lines of the record (as much as the uniform prior of the rule of succession):
# with no record it lifts nothing, ten lines right lift a line the page's checks put at 0.89
PRIOR_LINES = 2.0
# one-sided: the share right the record puts the sender's lines above with 95 % certainty
RECORD_ALPHA = 0.05


def track_record_bound(profile: SenderProfile, line: LineItem) -> float | None:
    """How sure the sender's own record makes a line: the 95 % lower bound of the Beta
    posterior of its share of lines read right, the prior centred on what the document's
    own checks gave the line (``PRIOR_LINES`` strong), updated by the lines read right and
    wrong on the sender's earlier approved documents (faded, so a profile that starts
    failing loses its weight by itself, and one that recovers gains it back). None for a
    line the record cannot vouch for: one its document's checks find more likely wrong
    than right, or one read by OCR (a misread is the scan's, not the sender's), or one of a
    sender one of whose recent documents had a line wrong or missed (``lines_wrong``)."""
    prior = line.confidence
    if line.source != "text" or prior < 0.5 or profile.rows_right + profile.rows_wrong <= 0:
        return None
    if profile.lines_wrong >= 0.5:
        # a recent document whose lines were not all right: its lines went wrong together,
        # and the many lines right around them would soon outvote them line by line
        return None
    if not _unit_shaped(profile, line):
        # the record counts lines of the sender's usual shape; a line without the unit its
        # approved lines always had (the unit read into the description, every line of the
        # document at once, and qty x price still right) is not one of them
        return None
    a = PRIOR_LINES * prior + profile.rows_right
    b = PRIOR_LINES * (1.0 - prior) + profile.rows_wrong
    return round(beta.lower(a, b, RECORD_ALPHA), 3)


# The prior a field's record updates is the value's own calibrated confidence (without its
# family cap), worth this many documents of the record: a value the page's evidence puts at
# 0.97 passes auto-accept once its field was right on the sender's two earlier documents
PRIOR_FIELDS = 2.0
# documents (faded) a field must have been right on before the sender's own record of it,
# or its record cell, vouches for its value: one document says little of a layout (a value
# the page's evidence put at 0.99 would pass auto-accept on the 2nd document on that one
# alone; n45: a wrong order number lifted to 0.94 by its cell). No 2nd document is
# touchless anyway
RECORD_DOCUMENTS = 1.5


def field_record_bound(
    profile: SenderProfile, name: str, value: FieldValue, prior: float
) -> float | None:
    """How sure the sender's own record of field ``name`` makes its value: the 95 % lower
    bound of the Beta posterior of the share of its values read right, the prior centred on
    ``prior`` (``PRIOR_FIELDS`` strong), updated by the field's faded right and wrong counts
    on the sender's earlier approved documents (so a sender whose layout changed loses the
    lift by itself). None where the record cannot vouch: a field right on fewer than
    ``RECORD_DOCUMENTS`` of them, a value more likely wrong than
    right by its own evidence, or one read by OCR (a misread is the scan's, not the
    sender's)."""
    right = profile.fields_right.get(name, 0.0)
    wrong = profile.fields_wrong.get(name, 0.0)
    if value.source != "text" or prior < 0.5 or right < RECORD_DOCUMENTS:
        return None
    a = PRIOR_FIELDS * prior + right
    b = PRIOR_FIELDS * (1.0 - prior) + wrong
    return round(beta.lower(a, b, RECORD_ALPHA), 3)


# approved documents of the sender after which a field right on one of them (net of the
# wrong ones) is judged by its record cell: the 2nd document, of a layout seen once, never is
LAYOUT_DOCUMENTS = 2
# how many documents right make up for one wrong in a field's record cell
RECORD_WRONG = 3.0


def record_cell(profile: SenderProfile, name: str, value: FieldValue, prior: float) -> str | None:
    """The evidence cell of a known sender's value by its field's record: how often the
    field was right on the sender's earlier documents, less ``RECORD_WRONG`` for each it
    was wrong on (``-1`` while that leaves less than one), how sure the page's own
    evidence left the value (its confidence without the family cap), text or OCR. Pooled
    over senders, a cell says how often such values were right: the sender's record of a
    field read the generic way too, where no hint reads it (a delivery address that
    changes with each document). None for a value its own evidence finds more likely
    wrong than right."""
    if prior < 0.5:
        return None
    right = profile.fields_right.get(name, 0.0)
    wrong = profile.fields_wrong.get(name, 0.0)
    # a value wrong on a recent document takes RECORD_WRONG later ones right to make up for
    # (the counts fade slowly: one miss would otherwise mark the field for a dozen)
    net = right - RECORD_WRONG * wrong
    proven = min(3, int(net + 0.5)) if net >= 0.5 else -1 if wrong >= 0.5 else 0
    band = "sure" if prior >= 0.9 else "held" if prior >= 0.8 else "doubt"
    since = profile.fields_since.get(name, 0)
    if proven < 0 and since >= 1 and name not in profile.first_wrong:
        # wrong on a recent document, right on the ``since`` after it: how such values fare
        # is counted apart (``SINCE_WRONG`` + the documents right since), as a first
        # document's miss is: a miss on the 2nd document kept a delivery address that
        # changes with each document at ``-1`` to the 6th (RECORD_WRONG documents right
        # to make up for it), right every time (s933)
        return f"{RECORD_CELL}|{name}|{SINCE_WRONG}{min(3, since)}|{band}|{value.source}"
    if name in profile.first_wrong and right >= 0.5:
        # wrong only on the first document, read before anything was known of the sender:
        # how its values fare since is counted apart (``FIRST_WRONG`` + the documents right
        # since), so a stranger's miss does not stand for the sender's later record unless
        # the fit says it should
        return f"{RECORD_CELL}|{name}|{FIRST_WRONG}{min(3, int(right + 0.5))}|{band}|{value.source}"
    return f"{RECORD_CELL}|{name}|{proven}|{band}|{value.source}"


# how sure a value is that a clerk changed or deleted on the sender's latest document where
# the machine gave it: the same reading of the same layout, more likely wrong than right
REFUSED = 0.4


def refused_cap(profile: SenderProfile, name: str, fv: FieldValue) -> bool:
    """Hold down a value the machine gave on the sender's latest document with the field and
    a clerk changed or deleted there (``SenderProfile.refused``): a sender's constant value
    read the same wrong way each time (an address whose separator the clerk rewrites, a
    currency the document does not state) was shown at 0.99 by the page's calibration on
    every later document, the record of the field notwithstanding. True when it was."""
    seen = profile.refused.get(name)
    if seen is None or not kept_as(name, fv.value, seen) or fv.confidence <= REFUSED:
        return False
    fv.confidence, before = REFUSED, fv.confidence
    trace.note(f"field:{name}", "value refused before", fv.confidence, before)
    return True


# marks the record cell of a field wrong on the sender's first document only (``record_cell``)
FIRST_WRONG = "f"
# ... and of a field wrong on a later document, right on the documents since
SINCE_WRONG = "s"


def record_proven(key: str) -> int:
    """How proven a record cell says its field is: the documents right net of the wrong
    ones (``record_cell``), or right since a first document's miss (``FIRST_WRONG``)."""
    part = key.split("|")[2]
    return int(part[1:] if part.startswith((FIRST_WRONG, SINCE_WRONG)) else part)


# a value whose other caps (language, ambiguous date, OCR, the candidate's own) keep it
# under this is never lifted past auto-accept by its record cell, and does not count in it
LIFTABLE = 0.9
# the cap of a total found by arithmetic, its label unread (``constraints``): the one cap
# a known sender's record may pass besides the family's, when the totals close the sum
DERIVED_CAP = UNCONFIRMED_CAP


def settle_record(
    profile: SenderProfile | None,
    values: dict[str, FieldValue],
    uncapped: Mapping[str, Uncapped],
    calibration: ProfileCalibration | None = None,
    hint_cells: Mapping[str, str] | None = None,
    used: Used | None = None,
) -> dict[str, str]:
    """Lift each value of a known sender by its field's record, where that says more than
    the family cross-fit's cap: the sender's own record (``field_record_bound``), and how
    often values of senders with the same record of the field were right (the lower bound
    of its ``record_cell``, only while that record is at least one document right, net of the
    wrong ones, and the field was right on ``RECORD_DOCUMENTS`` documents). A
    stranger's value stays capped, and no other cap
    (language, ambiguous date, the candidate's own) is passed, nor is a value only a hint
    read, the page's own reading disagreeing (``hint_cells``, ``settle``'s cells): the
    record is of the values the machine gave, and this one goes against how it reads the
    page. The one exception is a total the two other totals, shown sure, pin to the cent
    (``profile_totals.closed_by_totals``): the cap of a total found by arithmetic
    (``DERIVED_CAP``) is passed and a hint's lone reading judged, as the arithmetic speaks
    for it, unless the label the sender always printed for it went unread
    (``_label_unread``). Returns each value's record cell (under ``RECORD`` + field, kept
    for refitting)."""
    if profile is None:
        return {}
    cells = {}
    order = profile_dates.sender_order(
        h.date_order for n, hs in profile.hints.items() if n in fields.DATE_FIELDS for h in hs
    )
    for name, fv in values.items():
        if refused_cap(profile, name, fv):
            continue
        if name not in uncapped:
            continue
        # a total the two other totals, shown sure, pin to the cent is right whoever read
        # it: the arithmetic speaks for it where the page's own reading is silent
        hint = (hint_cells or {}).get(name, "")
        closed = profile_totals.closed_by_totals(name, values) and not _label_unread(
            profile, name, hint
        )
        if hint.split("|")[2:3] in (["alone"], [NAMED]) and not closed:
            continue
        prior, ceiling, ordered = uncapped[name]
        readings = [(h.date_order, o, v) for h, o, v in (used or {}).get(name, [])]
        if ordered is not None and profile_dates.read_in_order(name, fv.value, order, readings):
            prior, ceiling = ordered  # the sender's own order settles the ambiguous date
        if DERIVED_CAP <= ceiling < 1.0 and closed:
            ceiling = 1.0  # a total found by arithmetic, its label unread
        bound = field_record_bound(profile, name, fv, prior) or 0.0
        key = record_cell(profile, name, fv, prior)
        if key is not None:
            if ceiling >= LIFTABLE:
                # observed only where the cell may lift the value past auto-accept: an
                # ambiguous date held at 0.85 and read the wrong way counted against the
                # cell, and the nightly refit then held every unambiguous date of such
                # senders under it (A seed 7703: s005's ambiguous dates, s002, s003)
                cells[RECORD + name] = key
            documents = profile.fields_right.get(name, 0.0)
            # a field the sender prints on some documents only (a delivery address) was
            # right on fewer than its documents: a layout two approved documents confirmed
            # vouches for it from its first right one on, as its cell's own bound says
            steady = documents >= RECORD_DOCUMENTS or profile.documents >= LAYOUT_DOCUMENTS
            proven = record_proven(key) > 0 and steady
            if calibration is not None and proven:
                bound = max(bound, calibration.bound(key))
        if min(bound, ceiling) <= fv.confidence:
            continue
        fv.confidence, before = min(bound, ceiling), fv.confidence
        trace.note(f"field:{name}", "sender field record", fv.confidence, before)
    return cells


def _label_unread(profile: SenderProfile, name: str, hint: str) -> bool:
    """Did no hint of the sender read ``name`` on this page although one of its labelled
    hints read it right on every later document where the field was printed (``hits``, no
    ``misses``)? The label the sender always printed is not there: a total the other two
    pin by arithmetic may then be another row of the page (a shop's "Merchandise" over a
    postage of 0.00, no net printed), however its record of the labelled net reads
    (B seed 24202 s001: lifted to 0.93 by the record, the clerk deleted it). A sender
    whose labels vary has hints that missed, and is judged by the arithmetic as before."""
    if hint:
        return False
    return any(
        h.placement in LABELLED and h.hits >= 1.0 and h.misses < 0.5
        for h in profile.hints.get(name, [])
    )


# the prefix of a line's mode cell in ``ExtractionResult.profile_cells`` (``mode_cell``),
# and the cell's first part
MODE = "mode:"
MODE_CELL = "mode"
# a line of a mode whose record is at least this (documents right, net of the wrong ones)
# may be lifted by its mode cell's bound
MODE_FROM = 2


def line_mode(cells: Mapping[str, str]) -> str | None:
    """How a known sender's lines were read, from their line cells: the reader kept
    (``cells``, ``page``) and what the other reader read (``two``, ``one``, ``lone``)."""
    for name, key in cells.items():
        if name.startswith("line:"):
            parts = key.split("|")
            if len(parts) == 6:
                return "|".join(parts[4:6])
    return None


def mode_cell(profile: SenderProfile, line: LineItem, mode: str) -> str:
    """The evidence cell of a known sender's line by the record of the mode it was read
    in: documents of the sender read that way whose lines were all right, less
    ``RECORD_WRONG`` for each with a line wrong or missed (``-1`` while that leaves less
    than one), capped at 3; the band the document's own checks left the line in; text or
    OCR; the mode. A sender whose lines went wrong once, read another way (its learned
    cells and the generic reader differing), is judged here by how its lines read the way
    they are read now, not held back for all of them."""
    right, wrong = _mode_record(profile, mode)
    net = right - RECORD_WRONG * wrong
    proven = min(3, int(net + 0.5)) if net >= 0.5 else -1 if wrong >= 0.5 else 0
    band = "sure" if line.confidence >= 0.9 else "held" if line.confidence >= 0.8 else "doubt"
    return f"{MODE_CELL}|{proven}|{band}|{line.source}|{mode}"


def _mode_record(profile: SenderProfile, mode: str) -> tuple[float, float]:
    """The sender's documents read in ``mode``, right and wrong. Lines two readers read
    alike are the same lines whichever reader was kept: their record is every document
    read alike, as their cells pool over the reader (``_mode_pool``). Counted per reader,
    a sender whose learned cells took over from the page reader (a table variant learned
    on its 2nd document) started its record again though its lines read the same
    (A seed 61 s006: lines right on every document, held at 0.89 on the 4th)."""
    if not mode.endswith("|" + TWO_READINGS):
        return profile.line_modes.get(mode, (0.0, 0.0))
    alike = [rw for m, rw in profile.line_modes.items() if m.endswith("|" + TWO_READINGS)]
    return sum(r for r, _ in alike), sum(w for _, w in alike)


def _mode_pool(parts: list[str]) -> str:
    """Mode cells of the same record and source pool over bands; lines two readers read
    alike pool over the reader kept too (two readers that go wrong in different ways
    agreeing is the evidence), lines read by one reader alone or differently by the two
    pool per reader kept (s53: a sender's learned cells read alone, proven twice, had a
    whole document's lines wrong: nothing checked them)."""
    _cell, proven, _band, source, reader, reading = parts
    if reading == TWO_READINGS:
        return "|".join([MODE_CELL, proven, "*", source, "*", reading])
    return "|".join([MODE_CELL, proven, "*", source, reader, reading])


def score_mode(profile: SenderProfile, mode: str | None, right: bool) -> None:
    """Count one approved document in the record of the mode its lines were read in (every
    mode's counts fade first, as the hints' do)."""
    for key, (r, w) in list(profile.line_modes.items()):
        profile.line_modes[key] = (r * DECAY, w * DECAY)
    if mode is None:
        return
    r, w = profile.line_modes.get(mode, (0.0, 0.0))
    profile.line_modes[mode] = (r + (1.0 if right else 0.0), w + (0.0 if right else 1.0))


# the record lifts a line past the line gate, never over its own document's doubt: a line
# its document's checks left below this (a quantity read into the description, the row's
# arithmetic broken) is not vouched for by how often the sender's other lines were right
RECORD_FROM = 0.8


def settle_lines(
    profile: SenderProfile | None,
    lines: list[LineItem],
    calibration: ProfileCalibration,
    reader: str = "page",
    table: TableHint | None = None,
    other: str = ONE_READING,
    net: str | None = None,
    shaped: int = 0,
    net_sure: bool = False,
    discounted: set[int] | None = None,
    unseen: bool = False,
    tax: str | None = None,
    lost: bool = False,
    closed: bool = True,
) -> dict[str, str]:
    """Each line of a known sender gets the confidence its cell earned (up or down), once
    the document's own checks have said how far they trust it; the sender's own track
    record (``track_record_bound``) may then lift it further, past the line gate, when those
    checks left it at ``RECORD_FROM`` or more, and so may the steady cell of page-read
    lines shaped as the sender's approved ones (``steady_cell``; ``net``: the document's
    net total; ``shaped``: how many of the page reader's lines the profile changed;
    ``discounted``: the ids of the lines a percentage printed on their row closes,
    ``profile_discounts.closing``; ``unseen``: the lines took in the words of a column none
    of the sender's learned tables had, ``profile_columns.unseen_column_read``; ``tax``:
    the document's tax total when shown sure; ``lost``: the document was read without
    totals the sender's record expects, ``profile_totals.totals_lost``: its lines are
    judged, never lifted, not even by the sender's known items; ``closed``: the document's
    own totals close, ``profile_totals.own_totals_close``: else no learned record lifts a
    line past auto-accept, ``_hold_unclosed``)."""
    if profile is None:
        return {}
    # what the document's own checks left each line at, before any learned record
    start = [line.confidence for line in lines]
    if other == SURPLUS_READING:
        other = TWO_READINGS if net_sure and net_confirms(lines, net) else ONE_READING
    if other == RATED_READING:
        confirmed = net_sure and rates_confirmed(lines, net, tax)
        other = TWO_READINGS if confirmed else ONE_READING
    if other == MISSED_READING:
        other = SHORT_READING if net_sure and net_confirms(lines, net) else ONE_READING
    cells = {}
    # the learned cells' reading of a table whose rate is derived from the totals: no cell
    # was fitted on such readings (the shipped ones predate them), so none lifts them; on
    # the fresh held-out stream the proven-twice cells lifted 11 such lines wrong (silent
    # 0.48 -> 0.98 %). Where the page reader read these very lines, they are judged as its
    # lines by its fitted cells alone: the sender's records (track record, mode) were
    # earned by the learned cells' readings and vouch for none of them
    unfitted = reader == "cells" and table is not None and table.rated
    judged_as_page = unfitted and other == TWO_READINGS
    if judged_as_page:
        reader, table, unfitted = "page", None, False
    # a column the sender's approved tables never printed: its text is read into the next
    # cell by the learned cells and the page reader alike (two readings agreeing, the
    # arithmetic closing), and every record of the sender was earned on tables without
    # it. On a B stream (seed 18211) the proven-twice cell lifted a shop's "Options" read
    # into each description, 5 lines wrong: its cells judge such lines, never lift them
    unfitted = unfitted or unseen or lost
    # judged before the line cells move the confidences: the document's own checks
    closes = net_sure and other != ONE_READING
    steady = (
        None
        if unfitted
        else steady_cell(
            profile, lines, reader, net, shaped, closes, discounted or set(), other == ONE_READING
        )
    )
    for i, line in enumerate(lines):
        key = line_cell(profile, line, reader, table, other)
        # the mode's record, in the band the document's own checks left the line in
        mode = mode_cell(profile, line, "|".join(key.split("|")[4:6]))
        doubted = line.confidence < RECORD_FROM
        # goods the sender's clerks approved only with another unit: judged, never lifted
        refuted = profile_items.contradicted(profile.items, line)
        if calibration.counts(key)[0]:  # the cell, or its pool, was seen
            # a thin cell lowers the line only as far as its observations say
            earned = profile_thin.lowered_to(calibration, key, line.confidence)
            if int(key.split("|")[1]) < 1 or unfitted or refuted:
                # a sender whose lines have no record of their own (or a recent miss): how
                # right other senders' such lines were may hold them back, never lift them
                earned = min(earned, line.confidence)
            line.confidence, before = earned, line.confidence
            trace.note(f"line:{i}", f"profile line cell {key}", line.confidence, before)
        # two readers that read the lines differently: the sender's record of its lines
        # does not say which reading is right (on family-A and family-B streams, seeds
        # 1011, 1013, 1021, 1023, it lifted such documents' lines right on 3 of 4: one
        # whole document of 11 lines wrong, a code read into each description)
        disputed = other == ONE_READING
        vouched = not (doubted or unfitted or judged_as_page or disputed or refuted)
        record = track_record_bound(profile, line) if vouched else None
        if record is not None and record > line.confidence:
            line.confidence, before = record, line.confidence
            trace.note(f"line:{i}", "sender track record", line.confidence, before)
        proven = int(mode.split("|")[1])
        if (
            proven >= MODE_FROM
            and not (unfitted or judged_as_page or refuted)
            and line.source == "text"
            and calibration.counts(mode)[0]
        ):
            bound = calibration.bound(mode)
            if bound > line.confidence:
                line.confidence, before = bound, line.confidence
                trace.note(f"line:{i}", f"sender mode record {mode}", line.confidence, before)
        cells[f"line:{i}"] = key
        cells[f"{MODE}line:{i}"] = mode
        if steady is not None and not refuted:
            cells[f"{STEADY}line:{i}"] = steady
            # the pooled documents and the sender's own page-read ones, right and wrong (a
            # mended cell's documents all follow a miss: the sender's own is its condition)
            right, wrong = page_record(profile)
            wrong = 0.0 if steady.endswith("|mended") else wrong
            bound = profile_own.bound_with_own(calibration, steady, right, wrong)
            if bound > line.confidence:
                line.confidence, before = bound, line.confidence
                trace.note(f"line:{i}", f"steady lines {steady}", line.confidence, before)
        if line.is_guess and line.confidence > line.reading_cap:
            # a cell guessed from this page's columns alone (grouped codes, VAT from a
            # column, a unit between numbers): the sender's records were earned by readings
            # without it. On the sealed fresh stream they lifted 8 such lines of one
            # sender's 10th document, all wrong (silent 0.13 -> 0.67 % from the 3rd on)
            line.confidence, before = line.reading_cap, line.confidence
            trace.note(f"line:{i}", "a guess of this page's columns", line.confidence, before)
    # a line the sender's approved items predicted word for word, its figures closed by
    # the page's arithmetic: two sources, not a record (``profile_items``)
    record = calibration.bound(profile_items.ITEM_CELL)
    if not lost:
        cells |= profile_items.confirm(
            profile.items, lines, net, net_sure, discounted or set(), record
        )
    _hold_contradicted(lines, net)
    if not closed:
        _hold_unclosed(lines, start)
    return cells


def _hold_unclosed(lines: list[LineItem], start: list[float]) -> None:
    """Take back every learned lift past auto-accept on a document whose own totals do not
    close (``profile_totals.own_totals_close``), at one place for every record that lifts
    (line, mode, track record, steady cell, known items): the records vouch for how the
    sender's documents read, not for this page's damage. A line keeps what its own checks
    gave it."""
    for i, (line, before) in enumerate(zip(lines, start, strict=True)):
        held = max(before, BELOW_ACCEPT)
        if line.confidence > held:
            line.confidence, lifted = held, line.confidence
            trace.note(f"line:{i}", "learned lift, totals do not close", held, lifted)


# how sure a known sender's line may be left when its document's amounts contradict the net
CONTRADICTED = UNCONFIRMED_CAP


def _hold_contradicted(lines: list[LineItem], net: str | None) -> None:
    """Hold every line under auto-accept when the lines' amounts, each line having one, do
    not sum to the printed net (``crosscheck`` held the net and the lines for it): a line is
    wrong or missing and nothing says which, so no record of the sender's earlier documents
    vouches for any (B stream 19207: a price "1 128,37" read as 1.00 by both readers, the
    line at 0.42 after its own checks, lifted to 0.94 by the line and mode cells)."""
    totals = [profile_items.amount(line.line_total) for line in lines]
    if profile_items.amount(net) is None or any(t is None for t in totals):
        return
    if not lines or profile_items.sums_to(lines, net):
        return
    for i, line in enumerate(lines):
        if line.confidence > CONTRADICTED:
            line.confidence, before = CONTRADICTED, line.confidence
            trace.note(f"line:{i}", "lines contradict the net", line.confidence, before)


# the prefix of a document's steady cell in ``ExtractionResult.profile_cells``
# (``steady_cell``: under ``STEADY`` + ``line:N`` for each line), and the cell's first part
STEADY = "steady:"
STEADY_CELL = "steady"


def page_record(profile: SenderProfile) -> tuple[float, float]:
    """The sender's documents whose lines the generic page reader read (kept over the
    learned cells), all right and with a line wrong or missed, faded (``line_modes``)."""
    right = wrong = 0.0
    for mode, (r, w) in profile.line_modes.items():
        if mode.split("|")[0] == "page":
            right, wrong = right + r, wrong + w
    return right, wrong


def _unit_shaped(profile: SenderProfile, line: LineItem) -> bool:
    """The line is shaped as the sender's approved lines (``learning.teach._teach_shape``):
    its unit of no more words than theirs ever had (a currency or the next column's word
    glued to it), and present wherever they always had one; no price or amount where they
    never had one. True before any approved line."""
    if profile.unit_words is None:
        return True
    if line.unit and len(line.unit.split()) > profile.unit_words:
        return False
    if profile.priced is False and (line.unit_price or line.line_total):
        # a price or an amount on a line of a sender whose approved lines never had one: a
        # figure of another column (a count of parcels, the ordered quantity) read as one
        # (A seed 12001, s010: "24" ordered and delivered read as 24 x 1.00 = 24.00, the
        # line lifted to 0.92 by the steady cell, its price and amount wrong)
        return False
    return bool(line.unit) or not profile.units_always


def steady_cell(
    profile: SenderProfile | None,
    lines: list[LineItem],
    reader: str,
    net: str | None,
    shaped: int = 0,
    net_sure: bool = False,
    discounted: set[int] | frozenset[int] = frozenset(),
    disputed: bool = False,
) -> str | None:
    """The evidence cell of a known sender's lines read by the generic page reader that
    every check at hand finds shaped as the sender's approved lines, else None:

    - the sender's page reader read all its lines right on a recent approved document
      (``page_record`` >= 0.5) and none wrong (< 0.5): a sender whose learned cells went
      wrong (missed lines) is judged by the reader its lines are read with now, not held
      back by the other one's misses (``line_cell``'s ``-1``);
    - two documents approved, read from the text layer;
    - the document's own checks left every line at ``RECORD_FROM`` or more;
    - every line has a unit of no more words than the sender's approved units (a currency
      or the next column's word glued to the unit), and one wherever the sender's approved
      lines always had one;
    - every line's quantity x price is its amount, and the amounts sum to the net total
      where each line has one; for the plain cell each line must have an amount and the
      net total must be shown sure (``net_sure``): the document's own arithmetic, not only
      the sender's record, confirms every line;
    - the sender's learned cells do not read the lines otherwise (``disputed``): the page
      reader's record does not say which reading is right, and the cells learned on the
      very table the page prints know its columns (B stream 18211: a column of options
      read into each description by the page reader alone, 6 lines lifted wrong).

    Pooled over senders (``steady|page|text``), the cell says how often such documents'
    lines were all right; its 95 % lower bound lifts them (``settle_lines``).

    Two more cases have cells of their own (``STEADY_KINDS``), each fitted apart:

    - ``mended``: the page reader went wrong on a recent document (``page_record`` wrong
      >= 0.5) but read a later one all right, and every line of this one has an amount,
      the amounts summing to the document's net total (a line missed or split breaks the
      sum): the lines are judged by the arithmetic that catches the way they went wrong,
      not held back by a record that fades over four more documents;
    - ``unpriced``: no line prints a price or an amount (a delivery note): no arithmetic
      checks them, the document's own checks leave them in the doubt band, and only the
      shape checks and the page reader's clean record speak for them (each line must
      have a quantity, and be no more likely wrong than right by its own checks), and
      the sender's learned cells must not read the lines otherwise (``disputed``: two
      quantity columns, ordered and delivered, are told apart by nothing else);
    - ``shaped``: the profile changed lines the page reader read (``shaped`` of them: a
      code taken out of the description by the sender's line hint, a unit cut back): the
      lines are the profile's reading, no longer the page reader's, and disagree with what
      it read. The page reader's record and the shape checks speak for its reading, not for
      the change (a line hint splitting a description that starts like a code lifted a
      whole document of lines wrong that the page reader had read right), so only
      documents whose lines were changed that way and were right vouch for it;
    - ``doubted`` (``DOUBTED``): a clean page record, but the document's own checks left a
      priced line under ``RECORD_FROM`` (no more likely wrong than right): judged only when
      the arithmetic closes on its own, every line's quantity x price its amount and the
      amounts summing to a net total the page shows sure (``net_sure``: its own evidence,
      not derived from the lines), and the learned cells not reading the lines otherwise
      (``settle_lines``: such lines whose arithmetic closed were wrong on 8 documents of 11,
      a description or code misread). The cell is unfitted and lifts nothing until refits
      prove it: borrowing the plain cell's counts, it lifted such lines right on 19
      documents of the A/B streams 1011-1023 and 1031, and on the unseen A stream 1033 a
      line whose item number was read into its description (the arithmetic says nothing
      of the text)."""
    if profile is None or reader != "page" or not lines or profile.unit_words is None:
        return None
    if disputed or profile.documents < LAYOUT_DOCUMENTS:
        return None
    right, wrong = page_record(profile)
    if right < 0.5:
        return None
    unpriced = all(line.unit_price is None and line.line_total is None for line in lines)
    kind = "shaped" if shaped else "mended" if wrong >= 0.5 else "unpriced" if unpriced else None
    if kind is None and any(line.confidence < RECORD_FROM for line in lines):
        if not (net_sure and all(_closes(line, discounted) for line in lines)):
            return None
        kind = DOUBTED
    for line in lines:
        floor = UNPRICED_FROM if kind in ("unpriced", DOUBTED) else RECORD_FROM
        if line.source != "text" or line.confidence < floor:
            return None
        if kind == "unpriced" and not line.quantity:
            return None
        if not _unit_shaped(profile, line):
            return None
        if line.multiplies() is False and id(line) not in discounted:
            return None
    totals = [t for t in (profile_items.amount(line.line_total) for line in lines) if t is not None]
    if kind == "mended" and (net is None or len(totals) != len(lines)):
        return None
    if kind is None and not (
        net_sure
        and net is not None
        and len(totals) == len(lines)
        and all(_closes(li, discounted) for li in lines)
    ):
        # the record and the shape checks are the sender's, not this document's: its own
        # arithmetic must close on a net total it shows sure (a line without a price, an
        # amount, or a net derived from the lines themselves checks nothing)
        return None
    if net is not None and len(totals) == len(lines):
        expected = profile_items.amount(net)
        if expected is None or abs(sum(totals) - expected) > CENT:
            return None
    return "|".join([STEADY_CELL, reader, "text", *([kind] if kind else [])])


def net_confirms(lines: list[LineItem], net: str | None) -> bool:
    """Do the lines, at least one, sum to the net total (``profile_items.sums_to``)?"""
    return bool(lines) and profile_items.sums_to(lines, net)


def rates_confirmed(lines: list[LineItem], net: str | None, tax: str | None) -> bool:
    """Do the lines sum to the net total (``net_confirms``) and their rates, every line
    having one, give the tax total (each line's share rounded apart: a cent a line)?"""
    expected = profile_items.amount(tax)
    if expected is None or not net_confirms(lines, net):
        return False
    shares = [
        (profile_items.amount(li.line_total), profile_items.amount(li.tax_rate)) for li in lines
    ]
    if any(t is None or r is None for t, r in shares):
        return False
    due = sum((t or Decimal(0)) * (r or Decimal(0)) / 100 for t, r in shares)
    return abs(due - expected) <= CENT * len(lines)


def _closes(line: LineItem, discounted: set[int] | frozenset[int]) -> bool:
    """Is the line's quantity x price its amount, as is or less the percentage printed on
    its row (``discounted``: ids of such lines, ``profile_discounts.closing``)?"""
    return bool(line.multiplies()) or id(line) in discounted


# the kinds of steady lines fitted apart from the plain ones (``steady_cell``)
STEADY_KINDS = ("mended", "unpriced", "shaped", "doubted")
# the kind of priced lines the document's checks doubted whose arithmetic closes
DOUBTED = "doubted"
# how sure the document's own checks must leave an unpriced line for the steady cell to
# judge it: no more likely wrong than right (they put a delivery note's lines at 0.64)
UNPRICED_FROM = 0.5


def _is_number(text: str) -> bool:
    return profile_items.amount(text.replace(",", ".")) is not None


def trim_units(profile: SenderProfile | None, lines: list[LineItem]) -> int:
    """Cut from a line's unit the numbers read after it, past the most words the sender's
    approved units ever had (``SenderProfile.unit_words``): the next column's figure (a
    weight, a count of parcels on a delivery note) glued to the unit by the page reader,
    which clerks deleted on every approved line (s109: "pce 619.2" for "pce", every line of
    the sender's delivery notes wrong). A unit the sender prints longer, or followed by a
    word, is left as read. Returns how many units were cut."""
    if profile is None or not profile.unit_words:
        return 0
    cut = 0
    for line in lines:
        words = (line.unit or "").split()
        if len(words) <= profile.unit_words:
            continue
        head, tail = words[: profile.unit_words], words[profile.unit_words :]
        if all(_is_number(w) for w in tail) and not any(_is_number(w) for w in head):
            line.unit = " ".join(head)
            cut += 1
    return cut


def reshape_lines(profile: SenderProfile | None, lines: list[LineItem]) -> int:
    """Take the SKU out of the description as this sender prints it; returns how many
    lines changed."""
    hint = profile.line_hint if profile is not None else None
    if hint is None or hint.reliability < MIN_RELIABILITY:
        return 0
    changed = 0
    for i, line in enumerate(lines):
        new = hint.split(line)
        if new is not None:
            lines[i] = new
            changed += 1
    return changed


SenderProfile.model_rebuild()
Learned.model_rebuild()

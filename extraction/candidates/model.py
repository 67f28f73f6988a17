"""A candidate value of one field and the evidence collected for it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extraction.result import BBox, Source

if TYPE_CHECKING:
    from extraction.layout import Segment

# how each field is checked and calibrated
KINDS: dict[str, str] = {
    "document_number": "id",
    "order_number": "id",
    "customer_number": "id",
    "document_date": "date",
    "due_date": "date",
    "delivery_date": "date",
    "payment_date": "date",
    "total_net": "amount",
    "total_tax": "amount",
    "total_gross": "amount",
    "customer_name": "party",
    "supplier_name": "party",
    "billing_address": "address",
    "delivery_address": "address",
    "vat_id": "checked",
    "iban": "checked",
    "currency": "code",
    "payment_terms": "terms",
}
ORIGINS = ("label", "grid", "pattern", "position", "vocabulary", "derived")
# The one promise behind every "capped while unconfirmed": a value, a line or a type that
# no constraint or strong evidence confirms (a bare title, a sentence, a table found by
# structure alone, arithmetic without its label, an OCR reading nothing checks, a date that
# reads two ways, ...) is shown at most this sure, below the auto-accept threshold (0.9), so
# a clerk looks at it. Every such cap in extraction names this constant.
UNCONFIRMED_CAP = 0.85


@dataclass
class Candidate:
    field: str
    value: str
    page: int | None
    bbox: BBox | None
    source: Source
    origin: str  # one of ORIGINS
    prior: float  # ranking evidence before constraints, about 0..1
    ocr_conf: float = 1.0
    label_rank: int = 0  # 0 no label .. 3 the most specific label
    repair_cost: float = 0.0  # OCR confusions undone to read it
    valid: bool | None = None  # check digits, where the field has them
    agree: int = 0  # constraints this value satisfies
    disagree: int = 0  # constraints it breaks
    vetoed: str | None = None  # why it cannot be the value
    order: int = 0  # reading order on the document
    lead: float = 0.0  # a joint choice (the consistent set of totals) ranks it first
    # the most a clerk may be told this value is sure: a value computed from others (a VAT
    # id from a SIREN) or found by arithmetic without its label is never auto-accepted
    cap: float = 1.0
    notes: list[str] = dataclasses.field(default_factory=list)

    @property
    def kind(self) -> str:
        return KINDS.get(self.field, "other")

    @property
    def score(self) -> float:
        """Ranking: the prior evidence, then what the constraints said."""
        return self.prior + 0.35 * self.agree - 0.45 * self.disagree - 0.25 * self.repair_cost


def read_in(
    seg: Segment,
    span: tuple[int, int],
    sources: dict[int, Source],
    field: str,
    value: str,
    origin: str,
    prior: float,
    order: int,
    notes: list[str],
    cap: float = 1.0,
) -> Candidate:
    """A candidate for ``field`` read from characters ``span`` of ``seg``: on its page, in
    the box of the words of the span, as sure as the reading of the segment's glyphs."""
    start, end = span
    return Candidate(
        field,
        value,
        seg.page,
        seg.bbox_of(start, end),
        sources[seg.page],
        origin,
        prior=prior,
        ocr_conf=seg.ocr_confidence,
        order=order,
        cap=cap,
        notes=notes,
    )


def month_first(cand: Candidate, value: str, notes: list[str]) -> Candidate:
    """The month-first reading ``value`` of the date ``cand`` reads day first (the date
    printed reads both ways): noted so after ``notes`` and ranked just under ``cand``, which
    is noted day-first. The document's other dates settle which one it is."""
    alt = Candidate(**{**cand.__dict__, "notes": [*notes, "month-first"]})
    alt.value = value
    alt.prior -= 0.02
    cand.notes.append("day-first")
    return alt


# what the readers of a document offer: field -> its candidates, in the order found
Candidates = dict[str, list[Candidate]]


def best_first(cands: list[Candidate]) -> list[Candidate]:
    """Candidates not vetoed, best first; at equal score the earlier one on the page."""
    return sorted(
        (c for c in cands if c.vetoed is None), key=lambda c: (-(c.score + c.lead), c.order)
    )

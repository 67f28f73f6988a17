"""What extraction hands to the rest of orderdesk, and the ``orderdesk extract`` JSON contract.

Every value carries its provenance (page, bbox in PDF points from the top-left corner,
source, confidence) so a clerk can be shown where it came from and how sure we were.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from einvoice.cdar import CdarMessage
from einvoice.model import EDocument, Validation

DocType = Literal[
    "purchase_order",
    "order_confirmation",
    "delivery_note",
    "invoice",
    "credit_note",
    "payment_advice",
    "other",
]
DOC_TYPES: tuple[str, ...] = DocType.__args__  # type: ignore[attr-defined]
Source = Literal["text", "ocr", "xml"]
BBox = tuple[float, float, float, float]

FIELD_NAMES: tuple[str, ...] = (
    "document_number",
    "document_date",
    "order_number",
    "customer_name",
    "customer_number",
    "supplier_name",
    "vat_id",
    "currency",
    "total_net",
    "total_tax",
    "total_gross",
    "due_date",
    "delivery_date",
    "payment_date",
    "payment_terms",
    "iban",
    "billing_address",
    "delivery_address",
)


class FieldValue(BaseModel):
    value: str
    confidence: float = Field(ge=0, le=1)
    page: int | None = None
    bbox: BBox | None = None
    source: Source = "text"
    # the best other value read for the field, for the review screen (None: no rival)
    runner_up: str | None = None


# the values of a line in the extract contract, in its order
LINE_VALUES = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")


class LineItem(BaseModel):
    sku: str | None = None
    description: str | None = None
    quantity: str | None = None
    unit: str | None = None
    unit_price: str | None = None
    line_total: str | None = None
    tax_rate: str | None = None
    confidence: float = Field(default=0.0, ge=0, le=1)
    page: int | None = None
    bbox: BBox | None = None
    source: Source = "text"
    # the highest confidence the reading of the line allows, whatever its features earn
    # in calibration (a code split off its description by the table's shape: 0.85); not
    # part of the contract
    _reading_cap: float = PrivateAttr(default=1.0)
    # the amount as OCR read it, when the row's arithmetic put another in its place (a
    # digit taken for misread): the lines' sum against the net total may give it back
    _read_total: str | None = PrivateAttr(default=None)
    # held at its reading cap even for a known sender: a cell guessed from this page's
    # columns alone, which no sender record was earned on (``guessed``)
    _guess: bool = PrivateAttr(default=False)

    def capped(self, cap: float) -> LineItem:
        """The line with its confidence, now and after calibration, held at ``cap``."""
        out = self.model_copy(update={"confidence": min(self.confidence, cap)})
        out._reading_cap = min(self._reading_cap, cap)
        return out

    def guessed(self, cap: float) -> LineItem:
        """``capped``, and the cap holds past a sender's records too (``is_guess``)."""
        out = self.capped(cap)
        out._guess = True
        return out

    @property
    def is_guess(self) -> bool:
        return self._guess

    def took_part_of(self, other: LineItem) -> None:
        """This line took a part ``other`` read (a unit, a code, a tax rate): a guess of
        ``other``'s is now this line's too, held at the same cap. The learned cells'
        lines fill their blanks from the page reader's (``profile_columns._fill_blanks``):
        without it such a copy of a guessed cell lost its flag and the sender's records
        lifted it past the guess's cap."""
        if not other._guess:
            return
        self._guess = True
        self._reading_cap = min(self._reading_cap, other._reading_cap)
        self.confidence = min(self.confidence, self._reading_cap)

    @property
    def reading_cap(self) -> float:
        return self._reading_cap

    @property
    def read_total(self) -> str | None:
        return self._read_total

    def worked_out(self, read_total: str | None) -> LineItem:
        """The line noting ``read_total``, the amount OCR read before its row's arithmetic
        replaced it (nothing noted when it is the amount kept)."""
        if read_total is not None and read_total != self.line_total:
            self._read_total = read_total
        return self

    def multiplies(self) -> bool | None:
        """Is the line's quantity x unit price its amount, to the cent (``CENT``)? None when
        one of the three is not given or not a number (its parts are the normalised decimal
        strings extraction gives). The one check of a line's own arithmetic the learned
        readings share, so they cannot disagree on a line a cent's rounding away."""
        parts = (self.quantity, self.unit_price, self.line_total)
        if not all(parts):
            return None
        try:
            quantity, price, total = (Decimal(v or "") for v in parts)
        except InvalidOperation:
            return None
        if not (quantity.is_finite() and price.is_finite() and total.is_finite()):
            return None
        return abs(quantity * price - total) <= CENT


# the rounding a line's amount may differ from its quantity x price by (half a cent each
# way on the price and the amount, and a thousandth for a quantity printed to three places)
CENT = Decimal("0.011")


def to_the_cent(a: Decimal, b: Decimal) -> bool:
    """Are two amounts the same to the cent (within ``CENT``)?"""
    return abs(a - b) <= CENT


class Reference(BaseModel):
    doc_type: Literal["purchase_order", "invoice", "delivery_note"]
    number: str
    amount: str | None = None


class Word(BaseModel):
    """A positioned word; ``source`` says which engine read it, so later steps never have to
    guess it from the confidence (a text-layer word is 1.0, but so may be an OCR one)."""

    text: str
    bbox: BBox
    confidence: float = 1.0
    source: Source = "text"
    # other readings of the same box by a second OCR engine that disagreed, the likelier
    # first: a constraint (check digit, quantity x price = total) may prefer one of them
    alternatives: tuple[str, ...] = ()


class PageResult(BaseModel):
    number: int
    text: str
    source: Literal["text", "ocr"]
    width: float
    height: float
    words: list[Word] = Field(default_factory=list)
    # degrees the scan was turned (counter-clockwise, about the page centre) to straighten
    # it before OCR, then the quarter turn (clockwise) that set it upright: ``words`` are in
    # that frame, ``width`` and ``height`` are the page's as delivered
    skew: float = 0.0
    turn: Literal[0, 90, 180, 270] = 0

    @property
    def frame(self) -> tuple[float, float]:
        """Width and height of the frame the words are in (the page set upright)."""
        return (self.height, self.width) if self.turn in (90, 270) else (self.width, self.height)


class ChargesVerdict(BaseModel):
    """Whether the charges the page prints between the lines' subtotal and the net total
    bridge the two (``totals_charges.bridged``), with the lines' sum and the net it was
    judged on. Three stages ask (the cross-check, the lines' trust, a sender's lines); the
    page's rows are read for it once, and asked again only once the sum or the net moved."""

    model_config = ConfigDict(frozen=True)

    lines_sum: Decimal
    net: Decimal
    bridged: bool


class ExtractionResult(BaseModel):
    doc_type: DocType = "other"
    doc_type_confidence: float = 0.0
    # ISO 639-1 code of the language the document is written in; orderdesk reads "fr" and
    # "en", and reports any other as it is (its values then stay below auto-accept)
    language: str = "en"
    pages: list[PageResult] = Field(default_factory=list)
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    lines: list[LineItem] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    # the evidence behind each chosen field, for calibration; not part of the contract
    field_evidence: dict[str, dict[str, float]] = Field(default_factory=dict, exclude=True)
    # the sender profile read with (issue 24) and the evidence cell of each value it gave;
    # not part of the contract
    profile_key: str | None = Field(default=None, exclude=True)
    profile_cells: dict[str, str] = Field(default_factory=dict, exclude=True)
    # e-invoices and e-orders only: the document as its XML says it (every identifier,
    # line ids, allowances, VAT breakdown, payment means) and what its checks found
    einvoice: EDocument | None = None
    validation: Validation | None = None
    # a French lifecycle status (CDAR) a platform sent: attached to its invoice, not reviewed
    lifecycle: CdarMessage | None = None
    # whether the page's charges take the lines' sum to the net (``ChargesVerdict``), kept
    # for the stages that ask after the first; not part of the contract
    charges_verdict: ChargesVerdict | None = Field(default=None, exclude=True)

    def to_contract(self) -> dict[str, Any]:
        """The ``orderdesk extract --json`` object of DESIGN.md (pages as a count)."""
        return {
            "doc_type": self.doc_type,
            "doc_type_confidence": round(self.doc_type_confidence, 4),
            "language": self.language,
            "pages": len(self.pages),
            "fields": {name: _field_json(fv) for name, fv in self.fields.items()},
            "lines": [li.model_dump(mode="json") for li in self.lines],
            "references": [r.model_dump(mode="json", exclude_none=True) for r in self.references],
            "warnings": list(self.warnings),
        } | self._einvoice_contract()

    def _einvoice_contract(self) -> dict[str, Any]:
        """Keys present only for e-invoices, so other documents' JSON stays as it was."""
        extra: dict[str, Any] = {}
        if self.einvoice is not None:
            extra["einvoice"] = self.einvoice.model_dump(mode="json", exclude_none=True)
        if self.validation is not None:
            extra["validation"] = self.validation.model_dump(mode="json", exclude_none=True)
        if self.lifecycle is not None:
            extra["lifecycle"] = self.lifecycle.model_dump(mode="json", exclude_none=True)
        return extra


def _field_json(fv: FieldValue) -> dict[str, Any]:
    out = fv.model_dump(mode="json")
    if out["runner_up"] is None:
        del out["runner_up"]
    return out

"""Which order line each document line counts against.

By article number first, then by description (fuzzy, as OCR and suppliers reword), then by
position when both sides have the same number of lines and the document gives no article.
A line that finds nothing is kept with no order line: it is "not ordered", a discrepancy.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from rapidfuzz import fuzz

from models.amounts import line_total
from models.documents import DocumentLine
from models.numbers import sku_key
from models.orders import OrderLine

DESCRIPTION_MIN = 88


@dataclass(frozen=True)
class LineMatch:
    line: DocumentLine
    order_line: OrderLine | None
    how: str  # sku | description | position | none


def match_lines(doc_lines: list[DocumentLine], order_lines: list[OrderLine]) -> list[LineMatch]:
    by_sku: dict[str, list[OrderLine]] = {}
    for ol in order_lines:
        if ol.sku:
            by_sku.setdefault(sku_key(ol.sku), []).append(ol)
    same_shape = len(doc_lines) == len(order_lines)
    out = []
    for i, line in enumerate(doc_lines):
        match, how = None, "none"
        if line.sku and sku_key(line.sku) in by_sku:
            match, how = _closest(line, by_sku[sku_key(line.sku)]), "sku"
        if match is None and line.description:
            best = max(
                order_lines,
                key=lambda ol: fuzz.token_set_ratio(line.description or "", ol.description or ""),
                default=None,
            )
            if best is not None and (
                fuzz.token_set_ratio(line.description, best.description or "") >= DESCRIPTION_MIN
            ):
                match, how = best, "description"
        if match is None and same_shape and not line.sku:
            match, how = order_lines[i], "position"
        out.append(LineMatch(line, match, how))
    return out


def _closest(line: DocumentLine, options: list[OrderLine]) -> OrderLine:
    """Several order lines with one article: the one whose quantity is nearest."""
    if len(options) == 1 or line.quantity is None:
        return options[0]
    qty = line.quantity
    return min(options, key=lambda ol: abs((ol.quantity or Decimal(0)) - qty))


def line_amount(line: DocumentLine) -> Decimal | None:
    """The line's printed total, else quantity x price to the cent (half-up, as approvals)."""
    if line.line_total is not None:
        return line.line_total
    return line_total(line.quantity, line.unit_price)

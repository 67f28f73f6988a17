"""How far a line's confidence may go, from what the whole document says about it.

The readers score a row by what they saw while reading it (a header, a wrapped
description, OCR). Some faults only show against the rest of the document: the amounts
not adding up to the net total, or no VAT rate on a row of an invoice that charges VAT
(the rate is then still owed, and it is the one cell the reader could not confirm).
Each row gets a small set of such features; ``TRUSTED`` lists the combinations measured
right >= 99.5 % of the time on documents the rule was not written for, and every other
combination is held below the auto-accept line, so a clerk looks at it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from extraction.result import ExtractionResult, LineItem

# below auto-accept (0.9): the row is shown to a clerk with its cells filled in
HELD = 0.85
_CENT = Decimal("0.011")


def _dec(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _arithmetic(li: LineItem) -> str:
    qty, price, total = _dec(li.quantity), _dec(li.unit_price), _dec(li.line_total)
    if qty is None or price is None or total is None:
        return "none"
    return "ok" if abs(qty * price - total) <= _CENT else "bad"


def _lines_sum(result: ExtractionResult) -> str:
    net = result.fields.get("total_net")
    totals = [_dec(li.line_total) for li in result.lines]
    net_value = _dec(net.value) if net is not None else None
    if net_value is None or not totals or any(t is None for t in totals):
        return "none"
    lines_sum = sum((t for t in totals if t is not None), Decimal(0))
    return "ok" if abs(lines_sum - net_value) <= Decimal("0.02") else "bad"


def _vat_charged(result: ExtractionResult) -> bool:
    tax = result.fields.get("total_tax")
    tax_value = _dec(tax.value) if tax is not None else None
    return bool(tax_value) or any(li.tax_rate for li in result.lines)


def line_features(result: ExtractionResult) -> list[dict[str, str]]:
    """One feature set per line, in order."""
    summed = _lines_sum(result)
    vat = _vat_charged(result)
    out = []
    for li in result.lines:
        out.append(
            {
                "source": li.source,
                "arithmetic": _arithmetic(li),
                "lines_sum": summed,
                "rate": "given" if li.tax_rate else "owed" if vat else "none",
                "description": "yes" if li.description else "no",
                "code": "yes" if li.sku else "no",
            }
        )
    return out


def trusted(features: dict[str, str]) -> bool:
    """Read from the text layer, quantity x price = amount, a code and a description,
    a rate wherever VAT is charged, and the amounts not contradicting the net total."""
    return (
        features["source"] == "text"
        and features["arithmetic"] == "ok"
        and features["code"] == "yes"
        and features["description"] == "yes"
        and features["rate"] == "given"
        and features["lines_sum"] != "bad"
    )


def hold_unconfirmed(result: ExtractionResult) -> None:
    """Every line whose features are not a trusted combination goes below auto-accept."""
    for li, features in zip(result.lines, line_features(result), strict=True):
        if not trusted(features):
            li.confidence = min(li.confidence, HELD)

"""What the whole document says about each line, beyond what the readers saw while reading it.

Some faults only show against the rest of the document: the amounts not adding up to the
net total, no VAT rate on a row of an invoice that charges VAT, a code-like word in the row
that no cell holds. Each line gets a small set of such features; the line's confidence is
fitted over them on labelled documents (``extraction.calibration.lines``), not set by hand.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extraction import totals_charges
from extraction.parse.amounts import decimal_or_none as _dec
from extraction.result import ExtractionResult, LineItem

_CENT = Decimal("0.011")


def _arithmetic(li: LineItem) -> str:
    qty, price, total = _dec(li.quantity), _dec(li.unit_price), _dec(li.line_total)
    if qty is None or price is None or total is None:
        return "none"
    return "ok" if abs(qty * price - total) <= _CENT else "bad"


def _lines_sum(result: ExtractionResult) -> str:
    total, net = totals_charges.lines_sum(result.lines), totals_charges.net_total(result)
    if total is None or net is None:
        return "none"
    if totals_charges.bridged(result):
        return "ok"  # the lines sum to the subtotal the page's charges take to the net
    return "ok" if abs(total - net) <= Decimal("0.02") else "bad"


def _vat_charged(result: ExtractionResult) -> bool:
    tax = result.fields.get("total_tax")
    tax_value = _dec(tax.value) if tax is not None else None
    return bool(tax_value) or any(li.tax_rate for li in result.lines)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _unread_code(result: ExtractionResult, li: LineItem) -> bool:
    """A code-like word (4+ characters with a digit) printed inside the line's box that
    none of its cells holds: a column the reader did not see, often the article code."""
    if li.bbox is None or li.page is None:
        return False
    page = next((p for p in result.pages if p.number == li.page), None)
    if page is None:
        return False
    cells = " ".join(v for v in li.model_dump(include=set(_CELLS)).values() if v)
    digits = _digits(cells)
    x0, y0, x1, y1 = li.bbox
    for w in page.words:
        cx, cy = (w.bbox[0] + w.bbox[2]) / 2, (w.bbox[1] + w.bbox[3]) / 2
        if not (x0 <= cx <= x1 and y0 <= cy <= y1):
            continue
        text = w.text.strip(".,;:()[]")
        if len(text) < 4 or not any(ch.isdigit() for ch in text) or text in cells:
            continue
        if _digits(text) not in digits:
            return True
    return False


# a leading count ("12 Caisse ...") or a bracketed code left in the description: the
# reader did not split it, and the code or line number may be what the row is missing
_UNSPLIT = re.compile(r"^\d+\s+\S|\[[^\]]*\d[^\]]*\]")


# a "description" that is one code ("09915-21", "4001602797271"): the code was read where
# the description should be, and the description itself was not
_CODE_ONLY = re.compile(r"^(?=[^\s]*\d)[\w./-]+$")


def _description(text: str | None) -> str:
    if not text:
        return "no"
    return "unsplit" if _UNSPLIT.search(text) or _CODE_ONLY.match(text.strip()) else "yes"


def _code(result: ExtractionResult, li: LineItem) -> str:
    if li.sku:
        return "unsplit" if " " in li.sku.strip() else "yes"
    return "unread" if _unread_code(result, li) else "no"


_CELLS = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")


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
                "description": _description(li.description),
                "code": _code(result, li),
            }
        )
    return out


def trusted(features: dict[str, str]) -> bool:
    """Every check passed at once (one feature of the fitted model): read from the text
    layer, quantity x price = amount, a code and a description each split clean, VAT stated
    somewhere (a row of a document with no VAT figure at all may owe a zero rate it does not
    print), and the amounts not contradicting the net total."""
    return (
        features["source"] == "text"
        and features["arithmetic"] == "ok"
        and features["code"] == "yes"
        and features["description"] == "yes"
        and features["rate"] in ("given", "owed")
        and features["lines_sum"] != "bad"
    )

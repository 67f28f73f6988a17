"""What a reference is not: a bank account, a VAT number or a telephone number.

A document's, an order's or a customer's number read beside a label may still be another
kind of number the page prints: a valid IBAN, a valid EU VAT number, the number a "Tel." or
"Fax" label gives, or a value the bank or VAT readers hold. Such a candidate is vetoed,
whatever read it: it is that other number, not a reference.
"""

from __future__ import annotations

import re

from stdnum import iban
from stdnum.eu import vat

from extraction.candidates.model import Candidates
from extraction.layout import PageLayout

REFERENCE_FIELDS = ("document_number", "order_number", "customer_number")
_OTHER_FIELDS = ("iban", "vat_id")
_PHONE_LABEL = re.compile(
    r"\b(?:tel|tél|telephone|téléphone|phone|fax|mobile|portable|gsm|cell)\b\.?\s*:?\s*"
    r"(?P<number>\+?[\d ()./-]{8,22}\d)",
    re.IGNORECASE,
)
_MIN_PHONE_DIGITS = 8


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_numbers(layouts: list[PageLayout]) -> set[str]:
    """The digits of every number a telephone or fax label gives on the document."""
    found: set[str] = set()
    for layout in layouts:
        for seg in layout.segments:
            for m in _PHONE_LABEL.finditer(seg.text):
                digits = _digits(m.group("number"))
                if len(digits) >= _MIN_PHONE_DIGITS:
                    found.add(digits)
    return found


def bank_or_tax_number(compact: str) -> str | None:
    """What ``compact`` (no spaces, upper case) is when it is a valid IBAN or EU VAT number."""
    if iban.is_valid(compact):
        return "an IBAN"
    if compact[:2].isalpha() and vat.is_valid(compact):
        return "a VAT number"
    return None


def _other_number(value: str, phones: set[str], held: set[str]) -> str | None:
    """Why ``value`` is another kind of number than a reference, or None."""
    compact = re.sub(r"[\s.-]", "", value).upper()
    if compact in held:
        return "the bank's or tax number read for its own field"
    if (kind := bank_or_tax_number(compact)) is not None:
        return f"{kind}, not a reference"
    digits = _digits(value)
    if len(digits) >= _MIN_PHONE_DIGITS and digits == value.strip() and digits in phones:
        return "a telephone number, not a reference"
    if len(digits) >= _MIN_PHONE_DIGITS and any(
        p.endswith(digits) and len(p) - len(digits) <= 3 for p in phones
    ):
        return "a telephone number, not a reference"
    return None


def not_another_number(layouts: list[PageLayout], out: Candidates) -> None:
    """Veto the reference candidates that are a bank account, a VAT or a phone number."""
    phones = phone_numbers(layouts)
    held = {
        re.sub(r"[\s.-]", "", c.value).upper()
        for name in _OTHER_FIELDS
        for c in out.get(name, [])
        if c.vetoed is None and len(_digits(c.value)) >= _MIN_PHONE_DIGITS
    }
    for name in REFERENCE_FIELDS:
        for c in out.get(name, []):
            if c.vetoed is None and (why := _other_number(c.value, phones, held)):
                c.vetoed = why


ORDER_ITSELF = "a purchase order is the order: it quotes no buyer's order"


def none_on_an_order(doc_type: str, out: Candidates) -> None:
    """Veto every ``order_number`` candidate of a purchase order: the contract's order
    number is the buyer's order that a confirmation, a delivery note or an invoice
    answers, and an order's "Your reference" is its supplier's quotation."""
    if doc_type != "purchase_order":
        return
    for c in out.get("order_number", []):
        if c.vetoed is None:
            c.vetoed = ORDER_ITSELF

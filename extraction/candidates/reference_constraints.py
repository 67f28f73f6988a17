"""What a reference is not: a bank account, a VAT number or a telephone number.

A document's, an order's or a customer's number read beside a label may still be another
kind of number the page prints: a valid IBAN, a valid EU VAT number, the number a "Tel." or
"Fax" label gives, a value the bank or VAT readers hold, or the account number or sort
code of the sender's bank details ("Bank: Barclays  Sort code 20-45-77  Account no
43871166"), which are printed without an IBAN in many countries. Such a candidate is
vetoed, whatever read it: it is that other number, not a reference.
"""

from __future__ import annotations

import re

from stdnum import iban
from stdnum.eu import vat
from stdnum.fr import siren

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
# an account's label that names no party ("Account no.", "A/C number", "N° de compte") and
# its value, or a bank's own code ("Sort code", "BSB", "Routing no."); the value may be
# in the next cell of the row
_BANK_NUMBER = re.compile(
    r"(?:\b(?:account|acct|a/c|compte|konto)\b\.?\s*(?:n\s?°|no\b\.?|nr\b\.?|number|num(?:ero|éro)?\b\.?|#)?"
    r"|\b(?:sort\s?code|bsb|routing(?:\s*(?:no|number|#))?|aba)\b\.?)"
    r"\s*:?\s*(?P<number>\d[\d -]{4,20}\d)",
    re.IGNORECASE,
)
# a word that makes an account the customer's with the sender, not a bank's
_PARTY = re.compile(
    r"\b(?:client|customer|cust|your|votre|buyer|acheteur|debtor|debiteur|débiteur|member|tiers)\b",
    re.IGNORECASE,
)
_BANK = re.compile(
    r"\b(?:bank|banque|iban|bic|swift|sort\s?code|bsb|routing|rib|guichet|domiciliation|"
    r"account (?:name|holder)|beneficiary|bénéficiaire|titulaire|remit(?:tance)? to)\b",
    re.IGNORECASE,
)
_BANK_ROWS = 2  # the rows around an account's label where bank words make it a bank's


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


def bank_accounts(layouts: list[PageLayout]) -> set[str]:
    """The digits of every bank account number and bank code the sender's bank details
    print: an account's label naming no party, with a bank's word on its row or the rows
    around it, or a bank code's label ("Sort code")."""
    found: set[str] = set()
    for layout in layouts:
        for i, row in enumerate(layout.rows):
            text = "  ".join(s.text for s in row.segments)
            hits = list(_BANK_NUMBER.finditer(text))
            if not hits:
                continue
            near = layout.rows[max(0, i - _BANK_ROWS) : i + _BANK_ROWS + 1]
            banked = any(_BANK.search(s.text) for r in near for s in r.segments)
            for m in hits:
                label = text[max(0, m.start() - 30) : m.start("number")]
                if not banked or _PARTY.search(label.split("  ")[-1]):
                    continue
                digits = _digits(m.group("number"))
                if len(digits) >= 4:
                    found.add(digits)
    return found


# a French company's registration as it is printed: SIREN "448 597 981", SIRET "448 597 981
# 00081" (the SIRET's five last digits set apart); no ledger prints a reference so
_SIRET_SHAPE = re.compile(r"^\d{3} \d{3} \d{3} \d{5}$")
_SIREN_SHAPE = re.compile(r"^\d{3} \d{3} \d{3}$")


def company_registration(printed: str) -> str | None:
    """Why ``printed`` is a company's SIRET or SIREN rather than a reference: the SIRET's
    printed shape, or the SIREN's with its check digit right."""
    text = printed.strip()
    if _SIRET_SHAPE.match(text):
        return "a SIRET, not a reference"
    if _SIREN_SHAPE.match(text) and siren.is_valid(text.replace(" ", "")):
        return "a SIREN, not a reference"
    return None


def bank_or_tax_number(compact: str) -> str | None:
    """What ``compact`` (no spaces, upper case) is when it is a valid IBAN or EU VAT number."""
    if iban.is_valid(compact):
        return "an IBAN"
    if compact[:2].isalpha() and vat.is_valid(compact):
        return "a VAT number"
    return None


def _other_number(
    value: str, phones: set[str], held: set[str], accounts: set[str] | frozenset[str] = frozenset()
) -> str | None:
    """Why ``value`` is another kind of number than a reference, or None."""
    compact = re.sub(r"[\s.-]", "", value).upper()
    if compact in held:
        return "the bank's or tax number read for its own field"
    if compact.isdigit() and compact in accounts:
        return "the sender's bank account or bank code, not a reference"
    if (kind := bank_or_tax_number(compact)) is not None:
        return f"{kind}, not a reference"
    if (registration := company_registration(value)) is not None:
        return registration
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
    accounts = bank_accounts(layouts)
    held = {
        re.sub(r"[\s.-]", "", c.value).upper()
        for name in _OTHER_FIELDS
        for c in out.get(name, [])
        if c.vetoed is None and len(_digits(c.value)) >= _MIN_PHONE_DIGITS
    }
    for name in REFERENCE_FIELDS:
        for c in out.get(name, []):
            if c.vetoed is None and (why := _other_number(c.value, phones, held, accounts)):
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

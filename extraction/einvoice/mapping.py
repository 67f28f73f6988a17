"""``EDocument`` -> orderdesk's contract: doc type, fields, lines and references.

The rules that DESIGN.md's contract asks for and that the syntaxes leave open are decided
here once for all of them:
- ``vat_id`` is the VAT registration of whoever issued the document (the buyer on an
  order), and only a VAT registration: a German tax number (``FC``) or a local one stays a
  registration, named in a warning, never a VAT id;
- a credit is a credit note with positive amounts, whether the XML says so by its type code
  (381, 396, 261 …, a UBL CreditNote) or by its sign (an invoice, 380, whose totals are
  negative); a credit note with negative totals charges, so it is an invoice;
- amounts, quantities and rates are contract strings (dot decimals, money with two
  decimals at least); unit codes become orderdesk's unit words (C62 -> pce).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from stdnum.eu.vat import MEMBER_STATES as EU_MEMBER_STATES

from einvoice import codes
from einvoice.model import EDocument, Line, Party
from extraction.parse.amounts import money_str, number_str
from extraction.parse.identifiers import iban_valid, vat_valid
from extraction.result import DocType, LineItem, Reference

XML_CONFIDENCE = 0.99
DOC_TYPES: dict[str, DocType] = {
    "invoice": "invoice",
    "credit_note": "credit_note",
    "order": "purchase_order",
    "order_change": "purchase_order",
    "order_response": "order_confirmation",
    "despatch_advice": "delivery_note",
}
FRENCH_COUNTRIES = frozenset({"FR", "MC"})
_PRICE = Decimal("0.000001")
IBAN_SHAPE = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")
EU_VAT_PREFIXES = frozenset(c.lower() for c in EU_MEMBER_STATES) | {"el", "xi"}
DOUBT_CONFIDENCE = 0.6


@dataclass
class Mapped:
    doc_type: DocType
    language: str
    fields: dict[str, str] = field(default_factory=dict)
    lines: list[LineItem] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sign: int = 1  # -1 when the XML's amounts were turned to make a credit positive
    doubtful: set[str] = field(default_factory=set)  # fields whose check digits fail


def map_document(doc: EDocument) -> Mapped:
    sign, doc_type, warnings = _credit(doc)
    out = Mapped(doc_type=doc_type, language=_language(doc), warnings=warnings, sign=sign)
    buyer, seller = doc.party("buyer"), doc.party("seller")
    issuer = buyer if doc.kind in ("order", "order_change") else seller
    issuer_role = "buyer" if issuer is buyer else "seller"

    def put(name: str, value: str | None) -> None:
        if value:
            out.fields[name] = value

    def money(value: Decimal | None) -> str | None:
        return money_str(value * sign) if value is not None else None

    put("document_number", doc.number)
    put("document_date", doc.issue_date.isoformat() if doc.issue_date else None)
    if doc.kind not in ("order", "order_change"):
        put("order_number", next((r.id for r in doc.refs("order")), None))
    if buyer is not None:
        put("customer_name", buyer.name)
        put("customer_number", buyer.account_id or _own_id(buyer))
        put("billing_address", buyer.address.printed() if buyer.address else None)
    if seller is not None:
        put("supplier_name", seller.name)
    if issuer is not None:
        put("vat_id", _compact(issuer.vat_id, drop=".-"))
        _name_registrations(issuer, issuer_role, out.warnings)
        _check_vat(out, issuer_role)
    put("currency", (doc.currency or "").upper() or None)
    totals = doc.totals
    put("total_net", money(totals.tax_basis if totals.tax_basis is not None else totals.line_total))
    put("total_tax", money(totals.tax_total))
    put("total_gross", money(totals.grand_total))
    put("due_date", doc.due_date.isoformat() if doc.due_date else None)
    put("delivery_date", doc.delivery_date.isoformat() if doc.delivery_date else None)
    put("payment_terms", doc.payment_terms)
    _put_iban(out, _compact(_iban(doc)))
    ship_to = doc.party("ship_to")
    if ship_to is not None and ship_to.address is not None:
        put("delivery_address", ship_to.address.printed())
    out.lines = [_line(li, sign) for li in doc.lines]
    out.references = _references(doc)
    if doc.kind == "order_change":
        out.warnings.append(f"order change (type code {doc.type_code}): it modifies an order")
    if (
        doc.kind in ("invoice", "credit_note")
        and doc.type_code
        and doc.type_code not in (codes.INVOICE_CODES | codes.CREDIT_NOTE_CODES)
    ):
        out.warnings.append(f"document type code {doc.type_code} is not an invoice code")
    return out


def _credit(doc: EDocument) -> tuple[int, DocType, list[str]]:
    """(sign to apply to amounts, doc type, warnings)."""
    if doc.kind not in ("invoice", "credit_note"):
        return 1, DOC_TYPES[doc.kind], []
    t = doc.totals
    total = next(
        (v for v in (t.grand_total, t.payable, t.tax_basis, t.line_total) if v), Decimal(0)
    )
    if total >= 0:
        return 1, DOC_TYPES[doc.kind], []
    code = doc.type_code or doc.root
    if doc.kind == "invoice":
        return (
            -1,
            "credit_note",
            [
                f"type code {code} with negative totals ({money_str(total)}): read as a credit "
                "note, amounts shown positive"
            ],
        )
    return (
        -1,
        "invoice",
        [
            f"credit note (type code {code}) with negative totals ({money_str(total)}): it "
            "charges, so it is read as an invoice, amounts shown positive"
        ],
    )


def _language(doc: EDocument) -> str:
    lang = (doc.language or "").lower()[:2]
    if lang in ("fr", "en"):
        return lang
    issuer = doc.party("buyer" if doc.kind in ("order", "order_change") else "seller")
    country = issuer.address.country if issuer and issuer.address else None
    if country is None and issuer is not None and issuer.vat_id:
        country = issuer.vat_id[:2]
    return "fr" if (country or "").upper() in FRENCH_COUNTRIES else "en"


def _compact(value: str | None, drop: str = "") -> str | None:
    """Without spaces (and the ``drop`` characters), upper case: the contract's form."""
    if not value:
        return None
    return "".join(ch for ch in "".join(value.split()) if ch not in drop).upper() or None


def _own_id(party: Party) -> str | None:
    """A party identifier without a scheme: the seller's number for this buyer (BT-46)."""
    return next((i.value for i in party.ids if not i.scheme), None)


def _name_registrations(issuer: Party, role: str, warnings: list[str]) -> None:
    for reg in issuer.tax_registrations:
        what = "tax number" if reg.scheme == "FC" else "tax registration"
        warnings.append(
            f"{role} {what} {reg.value} (scheme {reg.scheme or 'none'}) is not a VAT id; "
            "kept as a registration" + ("" if issuer.vat_id else ", and no VAT id is given")
        )


def _check_vat(out: Mapped, role: str) -> None:
    """A VAT id of an EU country whose check fails is kept (the XML says so) but doubted."""
    vat = out.fields.get("vat_id")
    if vat and vat[:2].lower() in EU_VAT_PREFIXES and not vat_valid(vat):
        out.doubtful.add("vat_id")
        out.warnings.append(f"{role} VAT id {vat} is not a valid VAT number (check digits)")


def _put_iban(out: Mapped, account: str | None) -> None:
    """The account to pay when it is an IBAN (another kind of account stays in the payment
    means); an IBAN whose check digits fail is kept but doubted."""
    if not account or not IBAN_SHAPE.match(account):
        return
    out.fields["iban"] = account
    if not iban_valid(account):
        out.doubtful.add("iban")
        out.warnings.append(f"IBAN {account} is not valid (check digits)")


def _iban(doc: EDocument) -> str | None:
    for means in doc.payment_means:
        if means.iban and (means.code or "") not in codes.DEBIT_MEANS:
            return means.iban
    return None


def _line(li: Line, sign: int) -> LineItem:
    price = li.unit_price
    if price is not None and li.price_base_quantity not in (None, 0, 1):
        price = price.quantize(_PRICE).normalize()
    return LineItem(
        sku=li.seller_item_id
        or li.buyer_item_id
        or (li.standard_item_id.value if li.standard_item_id else None),
        description=li.name or li.description,
        quantity=number_str(li.quantity * sign) if li.quantity is not None else None,
        unit=codes.unit_word(li.unit_code),
        unit_price=money_str(price) if price is not None else None,
        line_total=money_str(li.line_total * sign) if li.line_total is not None else None,
        tax_rate=number_str(li.tax_rate) if li.tax_rate is not None else None,
        confidence=XML_CONFIDENCE,
        source="xml",
    )


def _references(doc: EDocument) -> list[Reference]:
    out: list[Reference] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, number: str) -> None:
        if (kind, number) not in seen:
            seen.add((kind, number))
            out.append(Reference(doc_type=kind, number=number))

    if doc.kind not in ("order", "order_change"):
        for ref in doc.refs("order"):
            add("purchase_order", ref.id)
    for ref in doc.refs("invoice"):
        add("invoice", ref.id)
    for ref in doc.refs("despatch_advice"):
        add("delivery_note", ref.id)
    return out

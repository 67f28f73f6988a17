"""Who ordered what: a document's customer and each line's product, from master data.

Customers resolve by identifiers first (VAT id, IBAN, customer number: exact, score 100), then
by a name a clerk or the import taught us (alias), then by fuzzy name and address (rapidfuzz)
with a score. Lines resolve by SKU, then the customer's part number, then wording (learnt or
fuzzy); quantities are converted into the product's price unit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from approvals.normalize import company_key, fold, identifier, unit_factor
from models.documents import Document, DocumentLine
from models.masterdata import Customer, CustomerAlias, Product, ProductCode, ProductPrice
from models.settings.approvals import ApprovalSettings

# who issued the document decides whose VAT id it carries (see DESIGN.md)
BUYER_ISSUED = ("purchase_order", "payment_advice")


@dataclass
class CustomerMatch:
    customer: Customer | None
    score: float = 0.0
    method: str | None = None
    best_guess: tuple[Customer, float] | None = None  # under the threshold: a hint for clerks


@dataclass
class LineMatch:
    position: int
    product: Product | None
    score: float = 0.0
    method: str | None = None
    factor: Decimal | None = None  # price units in one ordered unit
    best_guess: tuple[Product, float] | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "product_id": self.product.id if self.product else None,
            "sku": self.product.sku if self.product else None,
            "score": round(self.score, 1),
            "method": self.method,
            "factor": str(self.factor) if self.factor is not None else None,
            "guess": self.best_guess[0].sku if self.best_guess else None,
        }


@dataclass
class Matches:
    customer: CustomerMatch
    lines: list[LineMatch] = field(default_factory=list)


def forget_cache(session: Session) -> None:
    session.info.pop("approvals.descriptions", None)


def match_document(
    session: Session,
    doc: Document,
    settings: ApprovalSettings,
    *,
    chosen_customer: Customer | None = None,
) -> Matches:
    """``chosen_customer``: a clerk's pick, which stands over any automatic match."""
    values = {f.name: f.value for f in doc.fields if f.value}
    forget_cache(session)  # master data may have changed since the last document
    if chosen_customer is not None:
        customer = CustomerMatch(chosen_customer, 100.0, "human")
    else:
        customer = match_customer(session, values, doc.doc_type, settings)
    cust_id = customer.customer.id if customer.customer else None
    try:
        return Matches(
            customer=customer,
            lines=[match_line(session, line, cust_id, settings) for line in doc.lines],
        )
    finally:
        forget_cache(session)


def match_customer(
    session: Session, values: dict[str, str], doc_type: str | None, settings: ApprovalSettings
) -> CustomerMatch:
    active = Customer.active.is_(True)
    vat = identifier(values.get("vat_id"))
    if vat and doc_type in BUYER_ISSUED:
        hit = session.execute(select(Customer).where(active, Customer.vat_id == vat)).scalar()
        if hit:
            return CustomerMatch(hit, 100.0, "vat_id")
    iban = identifier(values.get("iban"))
    if iban and doc_type in BUYER_ISSUED:
        hit = session.execute(select(Customer).where(active, Customer.iban == iban)).scalar()
        if hit:
            return CustomerMatch(hit, 100.0, "iban")
    number = values.get("customer_number")
    if number:
        hit = session.execute(
            select(Customer).where(active, Customer.number == number.strip())
        ).scalar()
        if hit:
            return CustomerMatch(hit, 100.0, "number")
    name = values.get("customer_name")
    if not name:
        return CustomerMatch(None)
    key = company_key(name)
    alias = session.execute(
        select(CustomerAlias).join(Customer).where(active, CustomerAlias.normalized == key)
    ).scalar()
    if alias:
        return CustomerMatch(alias.customer, 100.0, "alias")
    return _fuzzy_customer(session, key, values, settings)


def _fuzzy_customer(
    session: Session, key: str, values: dict[str, str], settings: ApprovalSettings
) -> CustomerMatch:
    rows = (
        session.execute(
            select(Customer)
            .where(Customer.active.is_(True))
            .options(selectinload(Customer.aliases))
        )
        .scalars()
        .all()
    )
    if not rows:
        return CustomerMatch(None)
    choices: dict[int, str] = {}
    owners: list[Customer] = []
    for cust in rows:
        for name in [company_key(cust.name), *(a.normalized for a in cust.aliases)]:
            choices[len(owners)] = name
            owners.append(cust)
    found = process.extract(key, choices, scorer=fuzz.token_sort_ratio, limit=5)
    address = fold(values.get("billing_address") or values.get("delivery_address"))
    best: tuple[Customer, float] | None = None
    for _choice, name_score, idx in found:
        cust = owners[idx]
        score = float(name_score)
        known = fold(cust.billing_address or cust.delivery_address)
        if address and known:
            # a matching address lifts a near name, a different one lowers it
            score = 0.75 * score + 0.25 * fuzz.token_set_ratio(address, known)
        if best is None or score > best[1]:
            best = (cust, score)
    if best and best[1] >= settings.customer_match_min_score:
        return CustomerMatch(best[0], best[1], "fuzzy")
    return CustomerMatch(None, best[1] if best else 0.0, None, best_guess=best)


def match_line(
    session: Session, line: DocumentLine, customer_id: int | None, settings: ApprovalSettings
) -> LineMatch:
    product, score, method, guess = _find_product(session, line, customer_id, settings)
    if product is None:
        return LineMatch(line.position, None, score, None, best_guess=guess)
    factor = unit_factor(line.unit, product.unit, product.pack_size, product.pack_unit)
    return LineMatch(line.position, product, score, method, factor)


def _find_product(
    session: Session, line: DocumentLine, customer_id: int | None, settings: ApprovalSettings
) -> tuple[Product | None, float, str | None, tuple[Product, float] | None]:
    active = Product.active.is_(True)
    sku = identifier(line.sku)
    if sku:
        hit = session.execute(
            select(Product).where(active, Product.sku == (line.sku or "").strip())
        ).scalar() or _sku_normalized(session, sku)
        if hit is not None:
            return hit, 100.0, "sku", None
        hit = _by_code(session, "part_number", sku, customer_id)
        if hit is not None:
            return hit, 100.0, "part_number", None
    text = fold(line.description)
    if not text:
        return None, 0.0, None, None
    hit = _by_code(session, "description", text, customer_id)
    if hit is not None:
        return hit, 100.0, "learnt", None
    choices, owners = _descriptions(session)
    if not owners:
        return None, 0.0, None, None
    found = process.extract(text, choices, scorer=fuzz.token_set_ratio, limit=10)
    if not found:
        return None, 0.0, None, None
    best = float(found[0][1])
    tied = {owners[idx].id: owners[idx] for _c, score, idx in found if score >= best - 0.5}
    prod = owners[found[0][2]]
    if len(tied) > 1:
        # several products read alike (same wording, other size or grade): a person decides
        return None, best, None, (prod, best)
    if best >= settings.product_match_min_score:
        return prod, best, "fuzzy", None
    return None, best, None, (prod, best)


def _descriptions(session: Session) -> tuple[dict[int, str], list[Product]]:
    """Every active product's wordings, folded; built once per session (one document's
    lines share it) and forgotten with the session."""
    cached = session.info.get("approvals.descriptions")
    if cached is not None:
        return cached
    choices: dict[int, str] = {}
    owners: list[Product] = []
    for prod in session.execute(select(Product).where(Product.active.is_(True))).scalars():
        for desc in (prod.description, prod.description_fr):
            if desc:
                choices[len(owners)] = fold(desc)
                owners.append(prod)
    session.info["approvals.descriptions"] = (choices, owners)
    return choices, owners


def _sku_normalized(session: Session, sku: str) -> Product | None:
    """SKUs printed with other separators ("VIS 123" for "VIS-123")."""
    for prod in session.execute(
        select(Product).where(Product.active.is_(True), Product.sku.ilike(f"{sku[:3]}%"))
    ).scalars():
        if identifier(prod.sku) == sku:
            return prod
    return None


def _by_code(session: Session, kind: str, key: str, customer_id: int | None) -> Product | None:
    rows = session.execute(
        select(ProductCode)
        .where(
            ProductCode.kind == kind,
            ProductCode.normalized == key,
            or_(ProductCode.customer_id.is_(None), ProductCode.customer_id == customer_id),
        )
        .order_by(ProductCode.customer_id.is_(None))  # the customer's own code first
    ).scalars()
    for code in rows:
        if code.product.active:
            return code.product
    return None


def list_price(
    session: Session,
    product: Product,
    *,
    currency: str | None,
    customer_id: int | None,
    on: dt.date,
) -> ProductPrice | None:
    """The price-list row valid on ``on``: the customer's own price before the general one."""
    candidates = [
        p
        for p in product.prices
        if (currency is None or p.currency == currency)
        and (p.valid_from is None or p.valid_from <= on)
        and (p.valid_to is None or on <= p.valid_to)
        and p.customer_id in (None, customer_id)
    ]
    candidates.sort(
        key=lambda p: (p.customer_id is None, -(p.valid_from or dt.date.min).toordinal())
    )
    return candidates[0] if candidates else None

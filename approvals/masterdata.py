"""Importing customers and products (with price lists) from CSV or JSON, as an upsert.

JSON: ``{"customers": [...], "products": [...]}`` with the keys of ``CustomerIn`` and
``ProductIn``. CSV: one file per kind, recognised by its header (``sku`` → products,
``number`` + ``name`` → customers); lists inside a cell are separated by ``|``; a product's
part numbers may be scoped to a customer as ``CUSTOMERNUMBER:PARTNO``; several rows with the
same SKU add several price-list rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel, Field, ValidationError, field_validator
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from approvals.errors import InvalidInput
from approvals.normalize import company_key, fold, identifier
from models.audit import record_event
from models.db import count_of
from models.masterdata import Customer, CustomerAlias, Product, ProductCode, ProductPrice

R = TypeVar("R")


class MasterDataError(InvalidInput):
    """The file cannot be imported; the message lists each bad row."""


class MasterDataTooLarge(MasterDataError):
    """An uploaded master data file over ``MAX_UPLOAD_BYTES``."""

    code = "too_large"
    http_status = 413


MAX_UPLOAD_BYTES = 50 * 1024 * 1024


class CustomerIn(BaseModel):
    number: str = Field(min_length=1, max_length=60)
    name: str = Field(min_length=1, max_length=300)
    aliases: list[str] = Field(default_factory=list)
    vat_id: str | None = None
    iban: str | None = None
    billing_address: str | None = None
    delivery_address: str | None = None
    email: str | None = None
    credit_limit: Decimal | None = None
    currency: str = Field(default="EUR", min_length=3, max_length=3)
    language: str = Field(default="en", pattern="^(fr|en)$")
    lead_time_days: int | None = Field(default=None, ge=0)

    @field_validator("vat_id", "iban")
    @classmethod
    def _ident(cls, v: str | None) -> str | None:
        return identifier(v) or None

    @field_validator("currency")
    @classmethod
    def _upper(cls, v: str) -> str:
        return v.upper()


class PartNumberIn(BaseModel):
    code: str = Field(min_length=1)
    customer: str | None = Field(default=None, description="customer number; none: anyone's")


class PriceIn(BaseModel):
    unit_price: Decimal = Field(ge=0)
    currency: str = Field(default="EUR", min_length=3, max_length=3)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    customer: str | None = None


class ProductIn(BaseModel):
    sku: str = Field(min_length=1, max_length=100)
    description: str = Field(min_length=1)
    description_fr: str | None = None
    unit: str = "pce"
    pack_size: Decimal | None = Field(default=None, gt=0)
    pack_unit: str | None = None
    part_numbers: list[PartNumberIn] = Field(default_factory=list)
    prices: list[PriceIn] = Field(default_factory=list)


class MasterDataIn(BaseModel):
    customers: list[CustomerIn] = Field(default_factory=list)
    products: list[ProductIn] = Field(default_factory=list)


@dataclass
class ImportReport:
    customers_added: int = 0
    customers_updated: int = 0
    products_added: int = 0
    products_updated: int = 0
    prices: int = 0
    notes: list[str] = field(default_factory=list)

    def count(self, what: str, new: bool) -> None:
        """One more of ``what`` (customers, products) added, or updated."""
        name = f"{what}_added" if new else f"{what}_updated"
        setattr(self, name, getattr(self, name) + 1)

    def as_dict(self) -> dict[str, Any]:
        return {
            "customers_added": self.customers_added,
            "customers_updated": self.customers_updated,
            "products_added": self.products_added,
            "products_updated": self.products_updated,
            "prices": self.prices,
            "notes": self.notes,
        }


def parse_file(path: Path) -> MasterDataIn:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise MasterDataError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise MasterDataError(f"{path} is not UTF-8 text; save it as UTF-8") from exc
    return parse_text(text, json_format=path.suffix.lower() == ".json")


def parse_upload(raw: bytes, filename: str) -> MasterDataIn:
    """A master data file as uploaded (web page or REST): at most ``MAX_UPLOAD_BYTES`` of
    UTF-8 text, JSON when its name ends in .json, else CSV (read ``MAX_UPLOAD_BYTES + 1``
    bytes of it, so one too large is told apart)."""
    if len(raw) > MAX_UPLOAD_BYTES:
        raise MasterDataTooLarge("master data files are limited to 50 MB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MasterDataError("the file is not UTF-8 text; save it as UTF-8") from exc
    return parse_text(text, json_format=Path(filename).suffix.lower() == ".json")


def parse_text(text: str, *, json_format: bool) -> MasterDataIn:
    if json_format:
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise MasterDataError(f"not valid JSON (line {exc.lineno}): {exc.msg}") from exc
        return _validate(raw)
    return _validate(_from_csv(text))


def _validate(raw: Any) -> MasterDataIn:
    if not isinstance(raw, dict):
        raise MasterDataError('expected an object {"customers": [...], "products": [...]}')
    try:
        return MasterDataIn.model_validate(raw)
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()[:20]
        ]
        raise MasterDataError("; ".join(problems)) from exc


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _from_csv(text: str) -> dict[str, Any]:
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.DictReader(io.StringIO(text), dialect=dialect))
    if not rows:
        raise MasterDataError("the CSV file has a header but no rows")
    header = {h.strip().lower() for h in rows[0] if h}
    clean = [{(k or "").strip().lower(): (v or "").strip() for k, v in r.items()} for r in rows]
    if "sku" in header:
        return {"products": _products_from_rows(clean)}
    if {"number", "name"} <= header:
        return {"customers": [_customer_row(r) for r in clean]}
    raise MasterDataError(
        "unknown CSV: a products file needs a 'sku' column, a customers file 'number' and 'name'"
    )


def _customer_row(r: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {k: v for k, v in r.items() if v and k != "aliases"}
    out["aliases"] = _split(r.get("aliases"))
    return out


def _products_from_rows(rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    by_sku: dict[str, dict[str, Any]] = {}
    for r in rows:
        sku = r.get("sku", "")
        item = by_sku.setdefault(
            sku,
            {
                k: v
                for k, v in r.items()
                if v and k in ("sku", "description", "description_fr", "unit", "pack_size")
            }
            | ({"pack_unit": r["pack_unit"]} if r.get("pack_unit") else {})
            | {"part_numbers": [], "prices": []},
        )
        for code in _split(r.get("part_numbers")):
            cust, _, part = code.rpartition(":")
            entry = {"code": part, "customer": cust or None}
            if entry not in item["part_numbers"]:
                item["part_numbers"].append(entry)
        if r.get("price"):
            price = {"unit_price": r["price"], "currency": r.get("currency") or "EUR"}
            for key in ("valid_from", "valid_to", "customer"):
                if r.get(key):
                    price[key] = r[key]
            item["prices"].append(price)
    return list(by_sku.values())


def _row_of(
    session: Session, rows: dict[str, R], key: str, make: Callable[[], R]
) -> tuple[R, bool]:
    """The row ``key`` names in ``rows``, or a new one ``make`` builds, added to the session
    and to ``rows``; and whether it is new."""
    row = rows.get(key)
    if row is not None:
        return row, False
    rows[key] = row = make()
    session.add(row)
    return row, True


def import_masterdata(session: Session, data: MasterDataIn, *, actor: str) -> ImportReport:
    """Upsert customers (by number) and products (by SKU); a product's price list and
    imported part numbers are replaced by the file's, learnt aliases are kept."""
    report = ImportReport()
    customers = {c.number: c for c in session.execute(select(Customer)).scalars()}
    for c in data.customers:
        row, new = _row_of(
            session, customers, c.number, partial(Customer, number=c.number, name=c.name)
        )
        report.count("customers", new)
        for attr in (
            "name", "vat_id", "iban", "billing_address", "delivery_address", "email",
            "credit_limit", "currency", "language", "lead_time_days",
        ):  # fmt: skip
            setattr(row, attr, getattr(c, attr))
        row.active = True
        _set_import_aliases(row, c.aliases)
    session.flush()
    products = {p.sku: p for p in session.execute(select(Product)).scalars()}
    for p in data.products:
        prod, new = _row_of(
            session, products, p.sku, partial(Product, sku=p.sku, description=p.description)
        )
        report.count("products", new)
        prod.description, prod.description_fr = p.description, p.description_fr
        prod.unit, prod.pack_size, prod.pack_unit = p.unit, p.pack_size, p.pack_unit
        prod.active = True
        prod.codes = [k for k in prod.codes if k.learnt_from not in (None, "import")]
        for part in p.part_numbers:
            cust_id = _customer_id(customers, part.customer, report, p.sku)
            prod.codes.append(
                ProductCode(
                    customer_id=cust_id,
                    kind="part_number",
                    code=part.code,
                    normalized=identifier(part.code),
                    learnt_from="import",
                )
            )
        prod.prices = [
            ProductPrice(
                currency=pr.currency.upper(),
                unit_price=pr.unit_price,
                valid_from=pr.valid_from,
                valid_to=pr.valid_to,
                customer_id=_customer_id(customers, pr.customer, report, p.sku),
            )
            for pr in p.prices
        ]
        report.prices += len(p.prices)
    session.flush()
    record_event(
        session,
        actor=actor,
        action="masterdata_imported",
        entity_type="masterdata",
        data=report.as_dict(),
    )
    return report


def _customer_id(
    customers: dict[str, Customer], number: str | None, report: ImportReport, sku: str
) -> int | None:
    if not number:
        return None
    cust = customers.get(number)
    if cust is None:
        report.notes.append(f"{sku}: customer {number} is unknown; the row applies to anyone")
        return None
    return cust.id


def _set_import_aliases(row: Customer, aliases: list[str]) -> None:
    wanted = {company_key(a): a for a in aliases if company_key(a)}
    wanted.pop(company_key(row.name), None)
    keep = [
        a for a in row.aliases if a.learnt_from not in (None, "import") or a.normalized in wanted
    ]
    have = {a.normalized for a in keep}
    for key, alias in wanted.items():
        if key not in have:
            keep.append(CustomerAlias(alias=alias, normalized=key, learnt_from="import"))
    row.aliases = keep


def remember_customer_alias(session: Session, customer: Customer, name: str, actor: str) -> bool:
    """Keep a clerk's match of ``name`` to ``customer``; True if it was new."""
    key = company_key(name)
    if not key or key == company_key(customer.name):
        return False
    if any(a.normalized == key for a in customer.aliases):
        return False
    customer.aliases.append(CustomerAlias(alias=name, normalized=key, learnt_from=actor))
    session.flush()
    return True


def remember_product_code(
    session: Session,
    product: Product,
    *,
    customer_id: int | None,
    part_number: str | None,
    description: str | None,
    actor: str,
) -> bool:
    """Keep a clerk's match of a line's part number or wording to ``product``."""
    if part_number and identifier(part_number) != identifier(product.sku):
        kind, code, normalized = "part_number", part_number, identifier(part_number)
    elif description and fold(description) not in (
        fold(product.description),
        fold(product.description_fr),
    ):
        kind, code, normalized = "description", description, fold(description)
    else:
        return False
    if (kind, normalized, customer_id) in {
        (k.kind, k.normalized, k.customer_id) for k in product.codes
    }:
        return False
    product.codes.append(
        ProductCode(
            customer_id=customer_id,
            kind=kind,
            code=code,
            normalized=normalized,
            learnt_from=actor,
        )
    )
    session.flush()
    return True


def find_customers(
    session: Session, q: str | None, *, limit: int, offset: int, by_name: bool = False
) -> tuple[list[Customer], int]:
    """Customers by number (or by name) whose name or number holds ``q`` (one page, with their
    aliases); and how many there are in all."""
    order = Customer.name if by_name else Customer.number
    query = select(Customer).options(selectinload(Customer.aliases)).order_by(order)
    if q:
        query = query.where(or_(Customer.name.ilike(f"%{q}%"), Customer.number.ilike(f"%{q}%")))
    rows = session.execute(query.limit(limit).offset(offset)).scalars()
    return list(rows), count_of(session, query)


def find_products(
    session: Session, q: str | None, *, limit: int, offset: int
) -> tuple[list[Product], int]:
    """Products by SKU whose SKU or description holds ``q`` (one page, with their prices and
    codes); and how many there are in all."""
    query = (
        select(Product)
        .options(selectinload(Product.prices), selectinload(Product.codes))
        .order_by(Product.sku)
    )
    if q:
        query = query.where(or_(Product.sku.ilike(f"%{q}%"), Product.description.ilike(f"%{q}%")))
    rows = session.execute(query.limit(limit).offset(offset)).scalars()
    return list(rows), count_of(session, query)


class CustomerChoice(NamedTuple):
    number: str
    name: str


def customer_choices(session: Session, limit: int = 2000) -> list[CustomerChoice]:
    """Active customers' numbers and names, for a clerk picking a document's customer."""
    rows = session.execute(
        select(Customer.number, Customer.name).where(Customer.active.is_(True)).limit(limit)
    ).all()
    return [CustomerChoice(number, name) for number, name in rows]


def masterdata_counts(session: Session) -> dict[str, int]:
    """How many customers and products the master data holds."""
    return {
        "customers": session.execute(select(func.count(Customer.id))).scalar_one(),
        "products": session.execute(select(func.count(Product.id))).scalar_one(),
    }

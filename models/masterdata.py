"""Master data the ERP already knows: customers and products, with their prices.

Approvals match what a document says against these rows; a clerk's corrected match is kept
as an alias so the same wording matches by itself next time.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from models.base import Base, utcnow


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True, comment="number in the ERP")
    name: Mapped[str] = mapped_column(String(300))
    vat_id: Mapped[str | None] = mapped_column(String(30), index=True)
    iban: Mapped[str | None] = mapped_column(String(40), index=True)
    billing_address: Mapped[str | None] = mapped_column(Text)
    delivery_address: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(200), comment="where confirmations go")
    credit_limit: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    language: Mapped[str] = mapped_column(String(5), default="en")
    lead_time_days: Mapped[int | None] = mapped_column(comment="overrides the default")
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    aliases: Mapped[list[CustomerAlias]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerAlias.id"
    )


class CustomerAlias(Base):
    """Another name a customer goes by (from the import, or learnt from a clerk)."""

    __tablename__ = "customer_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    normalized: Mapped[str] = mapped_column(String(300), index=True)
    learnt_from: Mapped[str | None] = mapped_column(String(100), comment="import | user name")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="aliases")
    __table_args__ = (
        Index("ix_customer_aliases_customer_norm", "customer_id", "normalized", unique=True),
    )


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text)
    description_fr: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(20), default="pce", comment="the unit prices are in")
    pack_size: Mapped[Decimal | None] = mapped_column(comment="base units in one pack")
    pack_unit: Mapped[str | None] = mapped_column(String(20), comment="box, carton, ...")
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    codes: Mapped[list[ProductCode]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="ProductCode.id"
    )
    prices: Mapped[list[ProductPrice]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="ProductPrice.valid_from"
    )


class ProductCode(Base):
    """A customer's own part number or wording for a product (customer_id None: anyone's)."""

    __tablename__ = "product_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), comment="part_number | description")
    code: Mapped[str] = mapped_column(String(300))
    normalized: Mapped[str] = mapped_column(String(300), index=True)
    learnt_from: Mapped[str | None] = mapped_column(String(100))

    product: Mapped[Product] = relationship(back_populates="codes")


class ProductPrice(Base):
    """One price-list row: valid from a date (inclusive) to a date (inclusive, or open)."""

    __tablename__ = "product_prices"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    currency: Mapped[str] = mapped_column(String(3))
    unit_price: Mapped[Decimal]
    valid_from: Mapped[dt.date | None]
    valid_to: Mapped[dt.date | None]
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), comment="a customer's own price"
    )

    product: Mapped[Product] = relationship(back_populates="prices")


class DocumentMatch(Base):
    """What a document was matched to: its customer and, per line, its product."""

    __tablename__ = "document_matches"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), unique=True
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    customer_score: Mapped[float | None]
    customer_method: Mapped[str | None] = mapped_column(
        String(20), comment="vat_id | iban | number | alias | fuzzy | human"
    )
    lines: Mapped[list[Any]] = mapped_column(
        JSON, default=list, comment="per line: position, product_id, sku, score, method, base qty"
    )
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


def match_of(session: Session, document_id: int) -> DocumentMatch | None:
    """What ``document_id`` was matched to (None before matching ran)."""
    return session.execute(
        select(DocumentMatch).where(DocumentMatch.document_id == document_id)
    ).scalar_one_or_none()


def matched_customer(session: Session, document_id: int) -> Customer | None:
    """The customer ``document_id`` was matched to, if any."""
    match = match_of(session, document_id)
    return session.get(Customer, match.customer_id) if match and match.customer_id else None

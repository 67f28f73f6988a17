"""Orders approved from purchase orders; follow-up documents link to them (see linking/)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Select, String, or_, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, LineColumns, utcnow
from models.enums import OrderStatus


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    order_number: Mapped[str] = mapped_column(String(100), index=True)
    customer_name: Mapped[str | None] = mapped_column(String(300))
    customer_number: Mapped[str | None] = mapped_column(String(100), index=True)
    currency: Mapped[str | None] = mapped_column(String(3))
    order_date: Mapped[dt.date | None]
    delivery_date: Mapped[dt.date | None]
    total_net: Mapped[Decimal | None]
    total_tax: Mapped[Decimal | None]
    total_gross: Mapped[Decimal | None]
    status: Mapped[str] = mapped_column(String(30), default=OrderStatus.APPROVED, index=True)
    approved_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )

    @classmethod
    def matching(cls, q: str | None = None, status: str | None = None) -> Select[Order]:
        """Orders whose number or customer holds ``q`` (any case), of a status: the filter
        the order list, REST and the order exports share."""
        query = select(cls)
        if q:
            like = f"%{q}%"
            query = query.where(or_(cls.order_number.ilike(like), cls.customer_name.ilike(like)))
        if status:
            query = query.where(cls.status == status)
        return query


class OrderLine(LineColumns, Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))

    order: Mapped[Order] = relationship(back_populates="lines")

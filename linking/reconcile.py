"""The three-way picture of one order: per line what was ordered, confirmed, delivered and
invoiced (credit notes netted), and per invoice what was paid. Everything the lifecycle and
the discrepancy rules decide is read from here, so both always agree with the links."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from linking.facts import DocFacts, read
from linking.payments import Balance, balance
from models.documents import Document
from models.linking import DocumentLink, LineLink
from models.orders import Order, OrderLine
from models.settings.linking import LinkingSettings

ZERO = Decimal(0)


@dataclass
class LinePicture:
    order_line: OrderLine
    ordered: Decimal | None
    confirmed: Decimal | None = None
    delivered: Decimal = ZERO
    invoiced: Decimal = ZERO
    credited: Decimal = ZERO

    @property
    def net_invoiced(self) -> Decimal:
        return self.invoiced - self.credited

    @property
    def backorder(self) -> Decimal:
        if self.ordered is None:
            return ZERO
        return max(ZERO, self.ordered - self.delivered)


@dataclass
class DocEntry:
    link: DocumentLink
    doc: Document
    facts: DocFacts

    @property
    def sort_key(self) -> tuple[dt.date, int]:
        return (self.facts.date or self.doc.received_at.date(), self.doc.id)


@dataclass
class OrderPicture:
    order: Order
    lines: list[LinePicture]
    docs: list[DocEntry]
    line_links: list[tuple[DocEntry, LineLink]]
    invoices: list[Balance] = field(default_factory=list)
    settings: LinkingSettings = field(default_factory=LinkingSettings)

    def of(self, role: str) -> list[DocEntry]:
        return [d for d in self.docs if d.link.role == role]

    @property
    def confirmed(self) -> bool:
        return bool(self.of("order_confirmation"))

    def _tol(self, qty: Decimal) -> Decimal:
        return qty * self.settings.quantity_tolerance_pct / 100

    @property
    def any_delivered(self) -> bool:
        return any(lp.delivered > 0 for lp in self.lines)

    @property
    def fully_delivered(self) -> bool:
        counted = [lp for lp in self.lines if lp.ordered is not None]
        return (
            bool(counted)
            and self.any_delivered
            and all(
                lp.delivered >= lp.ordered - self._tol(lp.ordered)
                for lp in counted
                if lp.ordered is not None
            )
        )

    @property
    def invoiced_net(self) -> Decimal:
        inv = sum(
            (d.facts.total_net or d.facts.total_gross or ZERO for d in self.of("invoice")), ZERO
        )
        cred = sum(
            (d.facts.total_net or d.facts.total_gross or ZERO for d in self.of("credit_note")), ZERO
        )
        return inv - cred

    @property
    def fully_invoiced(self) -> bool:
        """Every line billed (credit notes settle money, they do not undo the billing stage)."""
        if not self.of("invoice"):
            return False
        counted = [lp for lp in self.lines if lp.ordered is not None]
        if counted and any(lp.invoiced > 0 for lp in counted):
            return all(
                lp.invoiced >= lp.ordered - self._tol(lp.ordered)
                for lp in counted
                if lp.ordered is not None
            )
        billed = sum(
            (d.facts.total_net or d.facts.total_gross or ZERO for d in self.of("invoice")), ZERO
        )
        target = self.order.total_net
        return target is not None and billed >= target - self.settings.amount_tolerance

    @property
    def paid_amount(self) -> Decimal:
        return sum((b.paid for b in self.invoices), ZERO)

    @property
    def open_balance(self) -> Decimal:
        return sum((b.open for b in self.invoices), ZERO)

    @property
    def all_paid(self) -> bool:
        tol = self.settings.amount_tolerance
        return bool(self.invoices) and all(b.open <= tol for b in self.invoices)

    @property
    def any_paid(self) -> bool:
        return any(b.paid > 0 for b in self.invoices)


def picture(session: Session, order: Order, settings: LinkingSettings) -> OrderPicture:
    links = session.execute(
        select(DocumentLink, Document)
        .join(Document, Document.id == DocumentLink.document_id)
        .where(DocumentLink.order_id == order.id)
    ).all()
    docs = sorted((DocEntry(link, doc, read(doc)) for link, doc in links), key=lambda d: d.sort_key)
    by_line = {ol.id: LinePicture(ol, ol.quantity) for ol in order.lines}
    line_links: list[tuple[DocEntry, LineLink]] = []
    latest_confirmation = next(
        (d for d in reversed(docs) if d.link.role == "order_confirmation"), None
    )
    for entry in docs:
        for ll in entry.link.lines:
            line_links.append((entry, ll))
            lp = by_line.get(ll.order_line_id) if ll.order_line_id else None
            if lp is None or ll.quantity is None:
                continue
            if ll.kind == "confirmed" and entry is latest_confirmation:
                lp.confirmed = (lp.confirmed or ZERO) + ll.quantity
            elif ll.kind == "delivered":
                lp.delivered += ll.quantity
            elif ll.kind == "invoiced":
                lp.invoiced += ll.quantity
            elif ll.kind == "credited":
                lp.credited += ll.quantity
    invoices = [balance(session, d.doc) for d in docs if d.link.role == "invoice"]
    return OrderPicture(
        order=order,
        lines=[by_line[ol.id] for ol in order.lines],
        docs=docs,
        line_links=line_links,
        invoices=invoices,
        settings=settings,
    )

"""The order status that follows from its links, each change an audit event.

The status is the furthest stage the documents prove: confirmed, (partially) delivered,
invoiced, (partially) paid; closed once delivered, invoiced and paid in full with no open
discrepancy (``auto_close``). Cancelled is a person's decision and is never recomputed away.
It can move back too: a document unlinked or corrected can take a stage away again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from linking.reconcile import OrderPicture
from models.audit import record_event
from models.enums import OrderStatus
from models.linking import Discrepancy, LinkCandidate
from models.orders import Order

STICKY = (OrderStatus.CANCELLED,)


def derive(pic: OrderPicture, open_issues: bool) -> OrderStatus:
    if pic.order.status in STICKY:
        return OrderStatus(pic.order.status)
    if pic.all_paid and pic.fully_invoiced:
        if pic.settings.auto_close and pic.fully_delivered and not open_issues:
            return OrderStatus.CLOSED
        return OrderStatus.PAID
    if pic.any_paid:
        return OrderStatus.PARTIALLY_PAID
    if pic.fully_invoiced:
        return OrderStatus.INVOICED
    if pic.fully_delivered:
        return OrderStatus.DELIVERED
    if pic.any_delivered:
        return OrderStatus.PARTIALLY_DELIVERED
    if pic.confirmed:
        return OrderStatus.CONFIRMED
    if pic.order.status == OrderStatus.RECEIVED:
        return OrderStatus.RECEIVED
    return OrderStatus.APPROVED


def has_open_issues(session: Session, order: Order) -> bool:
    disc = session.execute(
        select(Discrepancy.id).where(Discrepancy.order_id == order.id, Discrepancy.status == "open")
    ).first()
    review = session.execute(
        select(LinkCandidate.id).where(LinkCandidate.order_id == order.id)
    ).first()
    return disc is not None or review is not None


def apply_status(
    session: Session, pic: OrderPicture, *, actor: str, because: dict[str, Any]
) -> OrderStatus:
    order = pic.order
    new = derive(pic, has_open_issues(session, order))
    old = order.status
    if new == old:
        return new
    steps = [new]
    if new == OrderStatus.CLOSED and old != OrderStatus.PAID:
        steps = [OrderStatus.PAID, OrderStatus.CLOSED]  # being paid is a milestone of its own
    for step in steps:  # the last step is the new status
        record_status_change(session, order, to=step, actor=actor, data=because)
        order.status = step
    return new


def record_status_change(
    session: Session, order: Order, to: str, *, actor: str, data: dict[str, Any]
) -> None:
    """The audit event of an order moving from its status to ``to`` (``data`` says why):
    the one shape KPIs and the order's history read status changes in."""
    record_event(
        session,
        actor=actor,
        action="status_changed",
        entity_type="order",
        entity_id=order.id,
        data={"from": str(order.status), "to": str(to), **data},
    )

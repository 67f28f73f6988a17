"""Orders made from approved purchase orders, for people and ERPs: the list, and one order
with its lifecycle status, every linked document in date order, three-way line quantities,
payments, balances and discrepancies (built by ``linking.views``)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from api.acting import ByWriter, Listed
from api.auth import CurrentActor
from api.deps import AppSettings, DbSession, found_or_404
from api.schemas import OrderDetail, OrderPage
from linking import service, views
from models.order_shape import OrderSummary
from models.orders import Order

router = APIRouter(prefix="/api/orders", tags=["orders"])


@router.get("", response_model=OrderPage)
def list_orders(
    *,
    q: str | None = None,
    status: str | None = None,
    on: Listed,
) -> OrderPage:
    orders, total = views.list_orders(
        on.session, q=q, status=status, limit=on.paging.limit, offset=on.paging.offset
    )
    return OrderPage(items=[OrderSummary.model_validate(o) for o in orders], total=total)


@router.get("/{order_id}", response_model=OrderDetail)
def get_order(
    order_id: int,
    _actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
) -> OrderDetail:
    """The order, its lifecycle status, lines (ordered / confirmed / delivered / invoiced /
    backorder), documents in date order with their discrepancies, payments and balances."""
    order = found_or_404(session.get(Order, order_id), f"order {order_id} does not exist")
    return OrderDetail.model_validate(views.order_view(session, order, settings.linking))


class CancelBody(BaseModel):
    reason: str


@router.post("/{order_id}/cancel", response_model=OrderDetail)
def cancel_order(order_id: int, body: CancelBody, by: ByWriter) -> OrderDetail:
    actor, session, settings = by.actor, by.session, by.settings
    order = service.cancel_order(
        session,
        order_id,
        actor=actor.name,
        reason=body.reason,
        settings=settings.linking,
        role=actor.role,
    )
    session.flush()
    return OrderDetail.model_validate(views.order_view(session, order, settings.linking))

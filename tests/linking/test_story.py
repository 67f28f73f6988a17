"""A whole order, from purchase order to paid and closed, in French and in English.

Purchase order -> confirmation -> two partial delivery notes -> invoice -> a payment advice
paying that invoice and another one -> the order is paid and closed; every step is a
document approved through the pipeline's entry points and linked by the ``link`` job.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from linking import views
from models.audit import AuditEvent
from models.db import session_scope
from models.enums import TaskStatus
from models.linking import Discrepancy
from models.orders import Order
from models.review import ReviewTask
from models.settings import Settings
from tests.linking.story import follow_up, order_of, part, payment, purchase_order, submit

PREFIXES = {"fr": ("Cde n° ", "Facture n° "), "en": ("Order #", "Invoice ")}


def _statuses(settings: Settings, order_id: int) -> list[tuple[str, str]]:
    with session_scope(settings.db_url) as s:
        events = s.execute(
            select(AuditEvent)
            .where(AuditEvent.entity_type == "order", AuditEvent.entity_id == str(order_id))
            .order_by(AuditEvent.seq)
        ).scalars()
        return [(e.data["from"], e.data["to"]) for e in events if e.action == "status_changed"]


def _status(settings: Settings, order_id: int) -> str:
    with session_scope(settings.db_url) as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order.status


@pytest.mark.parametrize("language,seed", [("fr", 11), ("en", 23)])
def test_order_story_from_purchase_order_to_closed(
    settings: Settings, language: str, seed: int
) -> None:
    order_prefix, invoice_prefix = PREFIXES[language]
    po = purchase_order(seed, language, n_lines=3)
    po_id = submit(settings, po)
    order = order_of(settings, po_id)
    assert order.status == "approved"

    submit(
        settings,
        follow_up(po, "order_confirmation", "AR-2026-0101", days=1),
        order_number=order_prefix + po.number,
    )
    assert _status(settings, order.id) == "confirmed"

    first = [part(li, li.quantity / 2) for li in po.lines[:2]]
    submit(settings, follow_up(po, "delivery_note", "BL-2026-0201", days=5, lines=first))
    assert _status(settings, order.id) == "partially_delivered"
    with session_scope(settings.db_url) as s:
        stored = s.get(Order, order.id)
        assert stored is not None
        halfway = views.order_view(s, stored)["lines"]
        assert [li["backorder"] for li in halfway] == [
            li.quantity - li.quantity / 2 for li in po.lines[:2]
        ] + [po.lines[2].quantity]

    rest = [part(li, li.quantity - li.quantity / 2) for li in po.lines[:2]] + [po.lines[2]]
    submit(settings, follow_up(po, "delivery_note", "BL-2026-0202", days=9, lines=rest))
    assert _status(settings, order.id) == "delivered"

    invoice = follow_up(po, "invoice", "F2026-00301", days=10)
    submit(settings, invoice)
    assert _status(settings, order.id) == "invoiced"

    # another order of the same customer, delivered and invoiced, paid by the same advice
    other_po = purchase_order(seed + 1000, language, n_lines=1)
    other_po_id = submit(settings, other_po)
    submit(settings, follow_up(other_po, "delivery_note", "BL-2026-0203", days=2))
    other_invoice = follow_up(other_po, "invoice", "F2026-00302", days=3)
    submit(settings, other_invoice)

    advice = payment(
        po,
        "AVP-2026-0401",
        [
            (invoice_prefix + invoice.number, invoice.total_gross),
            (other_invoice.number, other_invoice.total_gross),
        ],
        days=40,
    )
    submit(settings, advice)

    assert _status(settings, order.id) == "closed"
    assert _statuses(settings, order.id) == [
        ("approved", "confirmed"),
        ("confirmed", "partially_delivered"),
        ("partially_delivered", "delivered"),
        ("delivered", "invoiced"),
        ("invoiced", "paid"),
        ("paid", "closed"),
    ]
    assert order_of(settings, other_po_id).status == "closed"

    with session_scope(settings.db_url) as s:
        stored = s.get(Order, order.id)
        assert stored is not None
        view = views.order_view(s, stored)
        assert [d["doc_type"] for d in view["documents"]] == [
            "purchase_order",
            "order_confirmation",
            "delivery_note",
            "delivery_note",
            "invoice",
            "payment_advice",
        ]
        assert view["totals"]["open_balance"] == Decimal(0)
        assert view["totals"]["paid"] == invoice.total_gross
        for line, ordered in zip(view["lines"], po.lines, strict=True):
            assert line["ordered"] == ordered.quantity
            assert line["delivered"] == ordered.quantity
            assert line["invoiced"] == ordered.quantity
            assert line["backorder"] == 0
        assert view["lines"][0]["confirmed"] == po.lines[0].quantity
        assert [d.message for d in s.execute(select(Discrepancy)).scalars()] == []
        open_tasks = (
            s.execute(select(ReviewTask).where(ReviewTask.status != TaskStatus.DONE))
            .scalars()
            .all()
        )
        assert open_tasks == []

"""Line-level matching and payments beyond the happy path: a backorder announced by the
confirmation and delivered later, two invoices for one order paid over two advices (one of
them partial), tolerances that are settings, and a cancellation after goods arrived."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from linking import service
from linking.views import order_view
from models.db import session_scope
from models.enums import Role
from models.linking import Discrepancy, DocumentLink, PaymentAllocation
from models.orders import Order
from models.settings import Settings
from tests.api.helpers import add_user
from tests.linking.story import (
    approve,
    delivered_and_invoiced,
    follow_up,
    order_of,
    part,
    payment,
    purchase_order,
    store,
    submit,
)


def _view(settings: Settings, order_id: int) -> dict[str, Any]:
    with session_scope(settings.db_url) as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order_view(s, order, settings.linking)


def _credits(settings: Settings, credit_note_id: int) -> int | None:
    """The invoice a credit note is tied to."""
    with session_scope(settings.db_url) as s:
        return s.execute(
            select(DocumentLink.related_document_id).where(
                DocumentLink.document_id == credit_note_id
            )
        ).scalar_one()


def _open(settings: Settings) -> list[tuple[str, int]]:
    with session_scope(settings.db_url) as s:
        rows = s.execute(
            select(Discrepancy).where(Discrepancy.status == "open").order_by(Discrepancy.id)
        ).scalars()
        return [(d.kind, d.document_id) for d in rows]


def test_backorder_confirmed_then_delivered_later(settings: Settings) -> None:
    po = purchase_order(501, "fr", n_lines=2)
    order = order_of(settings, submit(settings, po))
    short, full = po.lines
    now = short.quantity / 2  # the supplier has half in stock: the rest is backordered
    submit(
        settings,
        follow_up(po, "order_confirmation", "AR-501", days=1, lines=[part(short, now), full]),
    )
    submit(
        settings,
        follow_up(po, "delivery_note", "BL-501", days=3, lines=[part(short, now), full]),
    )
    view = _view(settings, order.id)
    assert view["status"] == "partially_delivered"
    assert [
        (li["ordered"], li["confirmed"], li["delivered"], li["backorder"]) for li in view["lines"]
    ] == [
        (short.quantity, now, now, short.quantity - now),
        (full.quantity, full.quantity, full.quantity, 0),
    ]
    assert _open(settings) == []  # a backorder is not a disagreement

    submit(
        settings,
        follow_up(
            po, "delivery_note", "BL-502", days=20, lines=[part(short, short.quantity - now)]
        ),
    )
    view = _view(settings, order.id)
    assert view["status"] == "delivered"
    assert [li["backorder"] for li in view["lines"]] == [0, 0]


def test_two_invoices_for_one_order_paid_partly_then_in_full(settings: Settings) -> None:
    po = purchase_order(502, "en", n_lines=2)
    order = order_of(settings, submit(settings, po))
    first_line, second_line = po.lines
    submit(settings, follow_up(po, "delivery_note", "DN-502", days=2))
    first = follow_up(po, "invoice", "INV-5021", days=3, lines=[first_line])
    second = follow_up(po, "invoice", "INV-5022", days=4, lines=[second_line])
    first_id = submit(settings, first)
    assert _view(settings, order.id)["status"] == "delivered"  # half the order is billed
    second_id = submit(settings, second)
    assert _view(settings, order.id)["status"] == "invoiced"

    half = (first.total_gross / 2).quantize(Decimal("0.01"))
    advice = submit(settings, payment(po, "RA-5021", [("INV-5021", half)], days=30))
    view = _view(settings, order.id)
    assert view["status"] == "partially_paid"
    assert [(i["number"], i["paid"], i["open"]) for i in view["invoices"]] == [
        ("INV-5021", half, first.total_gross - half),
        ("INV-5022", Decimal("0.00"), second.total_gross),
    ]
    assert view["totals"]["open_balance"] == first.total_gross - half + second.total_gross
    assert _open(settings) == [("payment_mismatch", advice)]  # a clerk sees the part payment

    rest = first.total_gross - half
    submit(
        settings,
        payment(po, "RA-5022", [("INV-5021", rest), ("INV-5022", second.total_gross)], days=45),
    )
    view = _view(settings, order.id)
    assert view["status"] == "closed"
    assert view["totals"]["open_balance"] == 0
    assert view["totals"]["paid"] == first.total_gross + second.total_gross
    assert _open(settings) == []  # the rest arrived: the part payment no longer disagrees
    with session_scope(settings.db_url) as s:
        allocs = s.execute(
            select(PaymentAllocation.invoice_document_id, PaymentAllocation.amount).order_by(
                PaymentAllocation.id
            )
        ).all()
        assert [tuple(a) for a in allocs] == [
            (first_id, half),
            (first_id, rest),
            (second_id, second.total_gross),
        ]


def test_tolerances_are_settings_and_a_relink_applies_them(settings: Settings) -> None:
    settings.linking.quantity_tolerance_pct = Decimal(10)
    settings.linking.price_tolerance_pct = Decimal(2)
    po = purchase_order(503, "fr", n_lines=1)
    order = order_of(settings, submit(settings, po))
    [line] = po.lines
    more = line.quantity * Decimal("1.05")  # 5 % more than ordered
    dearer = (line.unit_price * Decimal("1.01")).quantize(Decimal("0.01"))
    dn = submit(
        settings, follow_up(po, "delivery_note", "BL-503", days=2, lines=[part(line, more)])
    )
    inv = submit(
        settings,
        follow_up(po, "invoice", "F-503", days=3, lines=[part(line, more, dearer)]),
    )
    assert _open(settings) == []
    assert _view(settings, order.id)["status"] == "invoiced"

    settings.linking.quantity_tolerance_pct = Decimal(0)
    settings.linking.price_tolerance_pct = Decimal(0)
    with session_scope(settings.db_url) as s:  # the link job run again, under strict settings
        service.link_document(s, dn, settings.linking)
        service.link_document(s, inv, settings.linking)
    assert sorted(_open(settings)) == [("over_delivery", dn), ("price_mismatch", inv)]


def test_cancelling_an_order_that_has_deliveries_raises_them(settings: Settings) -> None:
    po = purchase_order(504, "en", n_lines=1)
    order = order_of(settings, submit(settings, po))
    dn = submit(settings, follow_up(po, "delivery_note", "DN-504", days=2))
    with session_scope(settings.db_url) as s:
        service.cancel_order(  # it has a delivery: an approver's decision
            s,
            order.id,
            actor="anna",
            reason="customer withdrew",
            settings=settings.linking,
            role=Role.APPROVER,
        )
    assert _open(settings) == [("cancelled_order", dn)]
    view = _view(settings, order.id)
    assert view["status"] == "cancelled"
    assert [h["to"] for h in view["history"]][-1] == "cancelled"


def test_credit_note_after_a_short_payment_settles_it(settings: Settings) -> None:
    po = purchase_order(505, "en", n_lines=2)
    order, invoice = delivered_and_invoiced(settings, po, ("DN-505", 1), ("INV-505", 2))
    credit = follow_up(po, "credit_note", "CN-505", days=25, lines=[part(po.lines[0], 1)])
    # the customer deducts one damaged unit before the supplier has credited it
    advice = submit(
        settings,
        payment(po, "RA-505", [("INV-505", invoice.total_gross - credit.total_gross)], days=20),
    )
    assert _open(settings) == [("payment_mismatch", advice)]
    assert _view(settings, order.id)["status"] == "partially_paid"

    submit(settings, credit)
    assert _open(settings) == []  # the credit note settled the short payment
    view = _view(settings, order.id)
    assert view["status"] == "closed"
    assert view["invoices"][0]["credited"] == credit.total_gross
    assert view["invoices"][0]["open"] == 0


def test_credit_note_waits_for_the_invoice_that_billed_its_line(settings: Settings) -> None:
    po = purchase_order(506, "fr", n_lines=2)
    order = order_of(settings, submit(settings, po))
    line_a, line_b = po.lines
    submit(settings, follow_up(po, "delivery_note", "BL-506", days=1))
    first = submit(settings, follow_up(po, "invoice", "F-5061", days=2, lines=[line_a]))
    credit = follow_up(po, "credit_note", "AV-506", days=3, lines=[part(line_b, 1)])
    cn = submit(settings, credit)  # credits line B, which F-5061 did not bill
    assert _credits(settings, cn) is None

    second = submit(settings, follow_up(po, "invoice", "F-5062", days=4, lines=[line_b]))
    assert _credits(settings, cn) == second
    view = _view(settings, order.id)
    assert [(i["document_id"], i["credited"]) for i in view["invoices"]] == [
        (first, Decimal("0.00")),
        (second, credit.total_gross),
    ]
    assert _open(settings) == []


def test_credit_note_that_fits_two_invoices_asks_a_person(
    settings: Settings, session: Session
) -> None:
    po = purchase_order(507, "en", n_lines=1)
    order = order_of(settings, submit(settings, po))
    [line] = po.lines
    submit(settings, follow_up(po, "delivery_note", "DN-507", days=1))
    half = line.quantity / 2
    first = submit(settings, follow_up(po, "invoice", "INV-5071", days=2, lines=[part(line, half)]))
    second = submit(
        settings, follow_up(po, "invoice", "INV-5072", days=3, lines=[part(line, half)])
    )
    credit = follow_up(po, "credit_note", "CN-507", days=4, lines=[part(line, 1)])
    cn = submit(settings, credit)
    assert _open(settings) == [("credit_unassigned", cn)]
    assert _credits(settings, cn) is None
    with session_scope(settings.db_url) as s:
        [d] = s.execute(select(Discrepancy).where(Discrepancy.status == "open")).scalars()
        assert "INV-5071" in d.message and "INV-5072" in d.message and d.order_id == order.id

    token = add_user(session, "clara", Role.CLERK, token=True)
    with TestClient(create_app(settings), headers={"authorization": f"Bearer {token}"}) as api:
        page = api.get(f"/orders/{order.id}", headers={"accept": "text/html"}).text
        assert f'action="/orders/documents/{cn}/credit"' in page and "INV-5072" in page
        wrong = api.post(f"/api/documents/{cn}/credited-invoice", json={"invoice_id": cn})
        assert wrong.status_code == 422, wrong.text
        ok = api.post(f"/api/documents/{cn}/credited-invoice", json={"invoice_id": second})
        assert ok.status_code == 200, ok.text
        assert ok.json()[0]["related_document_id"] == second
    assert _open(settings) == []
    view = _view(settings, order.id)
    assert [(i["document_id"], i["credited"]) for i in view["invoices"]] == [
        (first, Decimal("0.00")),
        (second, credit.total_gross),
    ]
    with session_scope(settings.db_url) as s:  # a re-run of the link job keeps the choice
        service.link_document(s, cn, settings.linking)
    assert _credits(settings, cn) == second and _open(settings) == []


def test_a_line_printed_without_its_total_counts_its_amount_rounded_half_up(
    settings: Settings,
) -> None:
    """5 x 6.025 is 30.125: the amount linked is 30.13, rounded half-up as invoices are
    (half-even would make it 30.12), the same cent the approvals' arithmetic checks use."""
    po = purchase_order(511, "fr", n_lines=1)
    (line,) = po.lines
    line = dataclasses.replace(line, quantity=Decimal(5), unit_price=Decimal("6.025"))
    po = dataclasses.replace(po, lines=[line])
    submit(settings, po)
    truth = follow_up(po, "invoice", "FA-511", days=5).truth()
    for row in truth["lines"]:
        row["line_total"] = None  # the supplier printed quantity and price only
    invoice_id = store(settings, truth)
    approve(settings, invoice_id)
    with session_scope(settings.db_url) as s:
        link = s.execute(
            select(DocumentLink).where(DocumentLink.document_id == invoice_id)
        ).scalar_one()
        assert [ll.amount for ll in link.lines] == [Decimal("30.13")]

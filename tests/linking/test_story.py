"""A whole order, from purchase order to paid and closed, in French and in English, from the
generated samples.

Purchase order -> confirmation -> two partial delivery notes -> invoice -> a payment advice
paying that invoice and another one -> the order is paid and closed. Every step is a PDF
rendered by the samples generator, uploaded, read by the real extraction, approved, and
linked by the ``link`` job: nothing is handed to linking that extraction did not read.
The customer's documents and the supplier's use different layouts, and the follow-ups quote
the order number the way people do ("Cde n° ...", "Order #...", "bc26/07218").
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from linking import views
from models.audit import AuditEvent
from models.db import session_scope
from models.enums import TaskStatus
from models.linking import Discrepancy, DocumentLink
from models.numbers import order_key
from models.orders import Order, OrderLine
from models.review import ReviewTask
from models.settings import Settings
from samples.content import Doc, make_doc
from samples.layouts import VISIBLE
from samples.render import Layout
from tests.linking.story import extracted, follow_up, order_of, part, payment, receive_pdf

LAYOUTS = {layout.name: layout for layout in VISIBLE}
# (customer's layout, supplier's layout, how the supplier quotes the order number)
STORIES = {
    "fr": ("classic", "serif", "Cde n° {}"),
    "en": ("window", "compact", "Order #{}"),
}


def _transitions(settings: Settings, order_id: int) -> list[tuple[str, str]]:
    with session_scope(settings.db_url) as s:
        events = s.execute(
            select(AuditEvent)
            .where(
                AuditEvent.entity_type == "order",
                AuditEvent.entity_id == str(order_id),
                AuditEvent.action == "status_changed",
            )
            .order_by(AuditEvent.seq)
        ).scalars()
        return [(e.data["from"], e.data["to"]) for e in events]


def _status(settings: Settings, order_id: int) -> str:
    with session_scope(settings.db_url) as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order.status


def _linked_to(settings: Settings, document_id: int) -> list[int]:
    with session_scope(settings.db_url) as s:
        return list(
            s.execute(
                select(DocumentLink.order_id).where(DocumentLink.document_id == document_id)
            ).scalars()
        )


@pytest.mark.parametrize("language,seed", [("fr", 11), ("en", 23)])
def test_order_story_from_sample_pdfs_to_closed(
    settings: Settings, tmp_path: Path, language: str, seed: int
) -> None:
    customer_layout, supplier_layout, quoted = (
        LAYOUTS[STORIES[language][0]],
        LAYOUTS[STORIES[language][1]],
        STORIES[language][2],
    )

    def send(doc: Doc, layout: Layout = supplier_layout) -> int:
        return receive_pdf(settings, doc, layout, tmp_path)

    po = make_doc(seed, "purchase_order", language, 3)
    po_id = send(po, customer_layout)
    order = order_of(settings, po_id)
    assert order.status == "approved" and order.order_number == po.number
    with session_scope(settings.db_url) as s:
        lines = s.execute(select(OrderLine).where(OrderLine.order_id == order.id)).scalars()
        assert [(li.sku, li.quantity) for li in lines] == [(li.sku, li.quantity) for li in po.lines]

    reference = quoted.format(po.number)
    confirmation = dataclasses.replace(
        follow_up(po, "order_confirmation", "AR-2026-0101", days=1), order_number=reference
    )
    conf_id = send(confirmation)
    printed = extracted(settings, conf_id)["fields"]["order_number"]["value"]
    assert order_key(printed) == order_key(po.number)  # however extraction spelled it
    assert _linked_to(settings, conf_id) == [order.id]
    assert _status(settings, order.id) == "confirmed"

    first = [part(li, li.quantity / 2) for li in po.lines[:2]]
    send(follow_up(po, "delivery_note", "BL-2026-0201", days=5, lines=first))
    assert _status(settings, order.id) == "partially_delivered"
    with session_scope(settings.db_url) as s:
        stored = s.get(Order, order.id)
        assert stored is not None
        halfway = views.order_view(s, stored, settings.linking)["lines"]
        assert [li["backorder"] for li in halfway] == [
            li.quantity - li.quantity / 2 for li in po.lines[:2]
        ] + [po.lines[2].quantity]

    rest = [part(li, li.quantity - li.quantity / 2) for li in po.lines[:2]] + [po.lines[2]]
    send(follow_up(po, "delivery_note", "BL-2026-0202", days=9, lines=rest))
    assert _status(settings, order.id) == "delivered"

    # the invoice quotes it in its own spelling: lower case, slashes ("bc26/07218")
    invoice = dataclasses.replace(
        follow_up(po, "invoice", "F2026-00301", days=10),
        order_number=po.number.lower().replace("-", "/"),
    )
    invoice_id = send(invoice)
    printed = extracted(settings, invoice_id)["fields"]["order_number"]["value"]
    assert printed != po.number and order_key(printed) == order_key(po.number)
    assert _linked_to(settings, invoice_id) == [order.id]
    assert _status(settings, order.id) == "invoiced"

    # another order of the same customer, delivered and invoiced, paid by the same advice
    other_po = dataclasses.replace(
        make_doc(seed + 1000, "purchase_order", language, 1),
        issuer=po.issuer,
        counterpart=po.counterpart,
        currency=po.currency,
        number=po.number + "-2",
    )
    other_po_id = send(other_po, customer_layout)
    send(follow_up(other_po, "delivery_note", "BL-2026-0203", days=2))
    other_invoice = follow_up(other_po, "invoice", "F2026-00302", days=3)
    send(other_invoice)
    assert order_of(settings, other_po_id).status == "invoiced"

    advice = payment(
        po,
        "AVP-2026-0401",
        [(invoice.number, invoice.total_gross), (other_invoice.number, other_invoice.total_gross)],
        days=40,
    )
    advice_id = send(advice, customer_layout)
    refs = extracted(settings, advice_id)["references"]
    assert [(r["number"], Decimal(r["amount"])) for r in refs] == advice.references

    assert _status(settings, order.id) == "closed"
    assert _transitions(settings, order.id) == [
        ("approved", "confirmed"),
        ("confirmed", "partially_delivered"),
        ("partially_delivered", "delivered"),
        ("delivered", "invoiced"),
        ("invoiced", "paid"),
        ("paid", "closed"),
    ]
    assert order_of(settings, other_po_id).status == "closed"
    assert sorted(_linked_to(settings, advice_id)) == sorted(
        [order.id, order_of(settings, other_po_id).id]
    )

    with session_scope(settings.db_url) as s:
        stored = s.get(Order, order.id)
        assert stored is not None
        view = views.order_view(s, stored, settings.linking)
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
        assert view["invoices"] == [
            {
                "document_id": invoice_id,
                "number": invoice.number,
                "gross": invoice.total_gross,
                "credited": Decimal(0),
                "paid": invoice.total_gross,
                "discount": Decimal(0),
                "written_off": Decimal(0),
                "open": Decimal(0),
            }
        ]
        for line, ordered in zip(view["lines"], po.lines, strict=True):
            assert line["ordered"] == ordered.quantity
            assert line["confirmed"] == ordered.quantity
            assert line["delivered"] == ordered.quantity
            assert line["invoiced"] == ordered.quantity
            assert line["backorder"] == 0
        assert [d.message for d in s.execute(select(Discrepancy)).scalars()] == []
        waiting = s.execute(
            select(ReviewTask.queue).where(ReviewTask.status != TaskStatus.DONE)
        ).all()
        assert waiting == []


def test_sample_pdfs_that_cannot_be_linked_alone_wait_for_a_person(
    settings: Settings, tmp_path: Path
) -> None:
    """Read off real PDFs: an invoice quoting no order number that fits two twin orders goes
    to link review with both ranked, and so does a delivery note quoting a number nobody has
    but resembling them; one that resembles nothing raises a "no order" task. None is linked
    by a guess."""
    customer_layout, supplier_layout = LAYOUTS["modern"], LAYOUTS["typewriter"]
    po = make_doc(31, "purchase_order", "fr", 2)
    twins = [dataclasses.replace(po, number=f"{po.number}{suffix}") for suffix in ("A", "B")]
    orders = [
        order_of(settings, receive_pdf(settings, twin, customer_layout, tmp_path)) for twin in twins
    ]
    invoice = dataclasses.replace(
        follow_up(po, "invoice", "F2026-00777", days=6), order_number=None
    )
    inv = receive_pdf(settings, invoice, supplier_layout, tmp_path)
    assert "order_number" not in extracted(settings, inv)["fields"]
    # a delivery note quoting a number nobody has: it resembles the twins, so a person picks
    misquoted = dataclasses.replace(
        follow_up(po, "delivery_note", "BL-2026-0778", days=4), order_number="BC-2099-99999"
    )
    dn = receive_pdf(settings, misquoted, supplier_layout, tmp_path)
    # ... and one from another customer's world that resembles nothing
    other = make_doc(32, "purchase_order", "fr", 2)
    stray = dataclasses.replace(
        follow_up(other, "delivery_note", "BL-2026-0779", days=4), order_number="BC-2099-88888"
    )
    orphan = receive_pdf(settings, stray, supplier_layout, tmp_path)
    assert [_linked_to(settings, d) for d in (inv, dn, orphan)] == [[], [], []]

    with session_scope(settings.db_url) as s:
        tasks = {
            t.document_id: t
            for t in s.execute(
                select(ReviewTask).where(ReviewTask.status != TaskStatus.DONE)
            ).scalars()
        }
        for doc_id in (inv, dn):
            assert tasks[doc_id].queue == "link_review"
            assert all(o.order_number in (tasks[doc_id].reason or "") for o in orders)
            candidates = [c for c in views.document_links(s, doc_id) if c["kind"] == "candidate"]
            assert {c["order_id"] for c in candidates} == {o.id for o in orders}
        assert "BC-2099-99999" in (tasks[dn].reason or "")
        assert tasks[orphan].queue == "discrepancy"
        assert "BC-2099-88888" in (tasks[orphan].reason or "")
        assert "no known order" in (tasks[orphan].reason or "")
    assert all(_status(settings, o.id) == "approved" for o in orders)

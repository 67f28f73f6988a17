"""Each disagreement between an order and its documents raises a task with its reason, and
clears itself when it stops being true; the ambiguous match goes to link review."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from sqlalchemy import select

from linking import service
from models.db import session_scope
from models.enums import TaskStatus
from models.linking import Discrepancy, DocumentLink, LinkCandidate, PaymentAllocation
from models.orders import Order
from models.review import ReviewTask
from models.settings import Settings
from tests.linking.story import (
    approve,
    delivered_and_invoiced,
    follow_up,
    order_of,
    over_delivered,
    part,
    payment,
    purchase_order,
    store,
    submit,
)


def _open(settings: Settings, kind: str | None = None) -> list[Discrepancy]:
    with session_scope(settings.db_url) as s:
        q = select(Discrepancy).where(Discrepancy.status == "open").order_by(Discrepancy.id)
        if kind:
            q = q.where(Discrepancy.kind == kind)
        return list(s.execute(q).scalars())


def _task(settings: Settings, document_id: int) -> ReviewTask | None:
    with session_scope(settings.db_url) as s:
        return s.execute(
            select(ReviewTask).where(
                ReviewTask.document_id == document_id, ReviewTask.status != TaskStatus.DONE
            )
        ).scalar_one_or_none()


def _status(settings: Settings, order_id: int) -> str:
    with session_scope(settings.db_url) as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order.status


def test_delivered_more_than_ordered(settings: Settings) -> None:
    _po, order, line, dn = over_delivered(settings, 101, "BL-1", days=3, extra=2)
    [d] = _open(settings)
    assert d.kind == "over_delivery" and d.document_id == dn and d.order_id == order.id
    assert d.actual == line.quantity + 2 and d.expected == line.quantity
    assert "2 too many" in d.message and line.sku in d.message
    task = _task(settings, dn)
    assert task is not None and task.queue == "discrepancy" and task.reason == d.message


def test_invoiced_differs_from_delivered_until_the_rest_is_delivered(settings: Settings) -> None:
    po = purchase_order(102, "en", n_lines=1)
    order = order_of(settings, submit(settings, po))
    line = po.lines[0]
    half = line.quantity / 2
    submit(settings, follow_up(po, "delivery_note", "DN-1", days=2, lines=[part(line, half)]))
    inv = submit(settings, follow_up(po, "invoice", "INV-1", days=3))
    [d] = _open(settings)
    assert d.kind == "invoice_vs_delivery" and d.document_id == inv
    assert d.expected == half and d.actual == line.quantity
    assert "only" in d.message and "delivered so far" in d.message
    assert _task(settings, inv) is not None
    assert _status(settings, order.id) == "invoiced"

    submit(settings, follow_up(po, "delivery_note", "DN-2", days=4, lines=[part(line, half)]))
    assert _open(settings) == []  # the goods arrived: the three-way match holds now
    assert _task(settings, inv) is None
    with session_scope(settings.db_url) as s:
        cleared = s.execute(select(Discrepancy)).scalar_one()
        assert cleared.resolution == "cleared"


def test_price_differs_from_the_order(settings: Settings) -> None:
    po = purchase_order(103, "fr", n_lines=2)
    submit(settings, po)
    submit(settings, follow_up(po, "delivery_note", "BL-9", days=2))
    dearer = po.lines[1].unit_price * Decimal("1.10")
    lines = [po.lines[0], part(po.lines[1], po.lines[1].quantity, dearer.quantize(Decimal("0.01")))]
    inv = submit(settings, follow_up(po, "invoice", "F-9", days=3, lines=lines))
    [d] = _open(settings)
    assert d.kind == "price_mismatch" and d.document_id == inv
    assert d.expected == po.lines[1].unit_price
    assert "+10.0 %" in d.message or "+9.9 %" in d.message or "+10.1 %" in d.message


def test_paid_differs_from_invoiced_then_short_payment_written_off(settings: Settings) -> None:
    po = purchase_order(104, "en", n_lines=1)
    order, invoice = delivered_and_invoiced(settings, po, ("DN-4", 2), ("INV-4", 3))
    short = invoice.total_gross - Decimal("25.00")
    pay = submit(settings, payment(po, "RA-4", [("INV-4", short)], days=20))
    [d] = _open(settings)
    assert d.kind == "payment_mismatch" and d.document_id == pay
    assert "25.00" in d.message and "remains open" in d.message
    assert _status(settings, order.id) == "partially_paid"
    task = _task(settings, pay)
    assert task is not None and task.queue == "discrepancy"

    with session_scope(settings.db_url) as s:
        service.resolve_discrepancy(
            s, d.id, settings.linking, actor="clara", action="write_off", note="damaged carton"
        )
    assert _status(settings, order.id) == "closed"
    assert _task(settings, pay) is None
    with session_scope(settings.db_url) as s:
        alloc = s.execute(select(PaymentAllocation)).scalar_one()
        assert alloc.written_off == Decimal("25.00") and alloc.reason == "damaged carton"


def test_early_payment_discount_settles_the_invoice(settings: Settings) -> None:
    po = purchase_order(105, "fr", n_lines=1)
    order = order_of(settings, submit(settings, po))
    submit(settings, follow_up(po, "delivery_note", "BL-5", days=1))
    invoice = dataclasses.replace(
        follow_up(po, "invoice", "F-5", days=2),
        payment_terms="Escompte 2 % à 10 jours, 30 jours net",
    )
    submit(settings, invoice)
    paid = (invoice.total_gross * Decimal("0.98")).quantize(Decimal("0.01"))
    submit(settings, payment(po, "AVP-5", [("F-5", paid)], days=8))  # 6 days after the invoice
    assert [d.message for d in _open(settings)] == []
    assert _status(settings, order.id) == "closed"
    with session_scope(settings.db_url) as s:
        alloc = s.execute(select(PaymentAllocation)).scalar_one()
        assert alloc.discount == invoice.total_gross - paid


def test_late_discount_is_a_short_payment(settings: Settings) -> None:
    po = purchase_order(106, "fr", n_lines=1)
    submit(settings, po)
    invoice = dataclasses.replace(
        follow_up(po, "invoice", "F-6", days=2), payment_terms="2 % 10 jours, net 30"
    )
    submit(settings, invoice)
    paid = (invoice.total_gross * Decimal("0.98")).quantize(Decimal("0.01"))
    submit(settings, payment(po, "AVP-6", [("F-6", paid)], days=30))
    assert [d.kind for d in _open(settings, "payment_mismatch")] == ["payment_mismatch"]


def test_invoice_and_delivery_note_without_order(settings: Settings) -> None:
    po = purchase_order(107, "fr", n_lines=2)  # never approved: the order does not exist yet
    inv = submit(settings, follow_up(po, "invoice", "F-7", days=3))
    dn = submit(settings, follow_up(po, "delivery_note", "BL-7", days=2))
    found = {d.document_id: d for d in _open(settings)}
    assert set(found) == {inv, dn}
    assert all(d.kind == "no_order" for d in found.values())
    assert po.number in found[inv].message
    for doc_id in (inv, dn):
        task = _task(settings, doc_id)
        assert (
            task is not None
            and task.queue == "discrepancy"
            and "no known order" in (task.reason or "")
        )

    # the purchase order arrives late: the orphans find it on their own
    order = order_of(settings, submit(settings, po))
    assert _open(settings, "no_order") == []
    assert _task(settings, inv) is None and _task(settings, dn) is None
    assert _status(settings, order.id) == "invoiced"


def test_ambiguous_match_goes_to_link_review_never_guessed(settings: Settings) -> None:
    po = purchase_order(108, "en", n_lines=2)
    first = order_of(settings, submit(settings, dataclasses.replace(po, number="PO-2026-0811")))
    second = order_of(settings, submit(settings, dataclasses.replace(po, number="PO-2026-0812")))
    inv = submit(settings, follow_up(po, "invoice", "INV-8", days=4), order_number=None)
    with session_scope(settings.db_url) as s:
        assert (
            s.execute(select(DocumentLink).where(DocumentLink.document_id == inv)).first() is None
        )
        cands = (
            s.execute(
                select(LinkCandidate)
                .where(LinkCandidate.document_id == inv)
                .order_by(LinkCandidate.rank)
            )
            .scalars()
            .all()
        )
        assert {c.order_id for c in cands} == {first.id, second.id}
        assert cands[0].score >= cands[1].score
    task = _task(settings, inv)
    assert task is not None and task.queue == "link_review"
    assert "PO-2026-0811" in (task.reason or "") and "PO-2026-0812" in (task.reason or "")

    with session_scope(settings.db_url) as s:
        service.link_manually(s, inv, second.id, settings.linking, actor="clara")
    task = _task(settings, inv)  # out of link review; now the three-way match speaks
    assert task is not None and task.queue == "discrepancy"
    assert "delivered so far" in (task.reason or "")
    assert _status(settings, second.id) == "invoiced" and _status(settings, first.id) == "approved"
    with session_scope(settings.db_url) as s:
        assert s.execute(select(LinkCandidate)).first() is None


def test_weak_match_goes_to_link_review(settings: Settings) -> None:
    po = purchase_order(109, "fr", n_lines=3)
    order = order_of(settings, submit(settings, po))
    # no order number, only one of three articles, another amount: resembles, not proven
    other = purchase_order(110, "fr", n_lines=1)
    doc = dataclasses.replace(
        follow_up(po, "invoice", "F-10", days=5), lines=[po.lines[0], *other.lines]
    )
    inv = submit(settings, doc, order_number=None)
    task = _task(settings, inv)
    assert task is not None and task.queue == "link_review"
    with session_scope(settings.db_url) as s:
        cands = (
            s.execute(select(LinkCandidate).where(LinkCandidate.document_id == inv)).scalars().all()
        )
        assert [c.order_id for c in cands] == [order.id]
        assert cands[0].score < settings.linking.auto_link_score


def test_credit_note_reduces_invoiced_amount_and_links_to_its_invoice(settings: Settings) -> None:
    po = purchase_order(111, "en", n_lines=2)
    order = order_of(settings, submit(settings, po))
    submit(settings, follow_up(po, "delivery_note", "DN-11", days=1))
    invoice = follow_up(po, "invoice", "INV-11", days=2)
    inv = submit(settings, invoice)
    credit = follow_up(po, "credit_note", "CN-11", days=6, lines=[part(po.lines[0], 1)])
    cn = submit(settings, credit)
    with session_scope(settings.db_url) as s:
        link = s.execute(select(DocumentLink).where(DocumentLink.document_id == cn)).scalar_one()
        assert link.order_id == order.id and link.related_document_id == inv
    remaining = invoice.total_gross - credit.total_gross
    submit(settings, payment(po, "RA-11", [("INV-11", remaining)], days=20))
    assert _open(settings, "payment_mismatch") == []
    with session_scope(settings.db_url) as s:
        from linking.views import order_view

        o = s.get(Order, order.id)
        assert o is not None
        view = order_view(s, o)
        assert view["invoices"][0]["credited"] == credit.total_gross
        assert view["invoices"][0]["open"] == 0
        assert view["totals"]["invoiced_net"] == invoice.total_net - credit.total_net
        assert view["status"] == "closed"  # the credit settled money; billing was complete


def test_rejected_document_takes_its_links_back(settings: Settings) -> None:
    po = purchase_order(112, "fr", n_lines=1)
    order = order_of(settings, submit(settings, po))
    dn = store(settings, follow_up(po, "delivery_note", "BL-12", days=1).truth())
    approve(settings, dn)
    assert _status(settings, order.id) == "delivered"
    with session_scope(settings.db_url) as s:
        from models.documents import Document

        doc = s.get(Document, dn)
        assert doc is not None
        doc.status = "rejected"  # e.g. an auditor's reversal; the link job runs again
        from flow.table import follow_decision

        follow_decision(s, dn, settings)
    from tests.linking.story import run_link_jobs

    run_link_jobs(settings)
    assert _status(settings, order.id) == "approved"


def test_payment_of_an_unknown_invoice_waits_for_it(settings: Settings) -> None:
    po = purchase_order(113, "en", n_lines=1)
    order = order_of(settings, submit(settings, po))
    submit(settings, follow_up(po, "delivery_note", "DN-13", days=1))
    invoice = follow_up(po, "invoice", "INV-13", days=2)
    pay = submit(settings, payment(po, "RA-13", [("Invoice INV-13", invoice.total_gross)], days=9))
    [d] = _open(settings)
    assert d.kind == "unknown_invoice" and d.document_id == pay and "INV-13" in d.message
    task = _task(settings, pay)
    assert task is not None and task.queue == "discrepancy"

    submit(settings, invoice)  # the invoice is approved after its payment came in
    assert _open(settings) == []
    assert _task(settings, pay) is None
    assert _status(settings, order.id) == "closed"


def test_overpayment_is_a_discrepancy(settings: Settings) -> None:
    po = purchase_order(114, "fr", n_lines=1)
    order, invoice = delivered_and_invoiced(settings, po, ("BL-14", 1), ("F-14", 2))
    submit(settings, payment(po, "AVP-14", [("F-14", invoice.total_gross + 10)], days=9))
    [d] = _open(settings, "payment_mismatch")
    assert "overpaid" in d.message and "10.00" in d.message
    assert d.order_id == order.id
    assert _status(settings, order.id) == "paid"  # not closed while the overpayment is open


def test_delivery_for_a_cancelled_order(settings: Settings) -> None:
    po = purchase_order(116, "en", n_lines=1)
    order = order_of(settings, submit(settings, po))
    with session_scope(settings.db_url) as s:
        service.cancel_order(s, order.id, actor="clara", reason="customer withdrew")
    dn = submit(settings, follow_up(po, "delivery_note", "DN-16", days=3))
    [d] = _open(settings)
    assert d.kind == "cancelled_order" and d.document_id == dn and "cancelled" in d.message
    assert _status(settings, order.id) == "cancelled"


def test_linking_twice_gives_the_same_result(settings: Settings) -> None:
    from models.audit import AuditEvent

    po = purchase_order(115, "en", n_lines=2)
    order = order_of(settings, submit(settings, po))
    dn = submit(settings, follow_up(po, "delivery_note", "DN-15", days=1, lines=[po.lines[0]]))

    def snapshot() -> tuple[object, ...]:
        with session_scope(settings.db_url) as s:
            links = s.execute(select(DocumentLink.order_id, DocumentLink.method)).all()
            events = s.execute(select(AuditEvent.action)).scalars().all()
            tasks_ = s.execute(select(ReviewTask.queue, ReviewTask.status)).all()
            o = s.get(Order, order.id)
            assert o is not None
            return (sorted(links), sorted(events), sorted(tasks_), o.status)

    before = snapshot()
    with session_scope(settings.db_url) as s:
        service.link_document(s, dn, settings.linking)  # a retried job
    assert snapshot() == before
    assert before[3] == "partially_delivered"


def test_order_closes_once_a_document_that_might_be_its_own_is_placed(
    settings: Settings,
) -> None:
    po = purchase_order(117, "en", n_lines=1)
    mine = order_of(settings, submit(settings, dataclasses.replace(po, number="PO-2026-1171")))
    twin = order_of(settings, submit(settings, dataclasses.replace(po, number="PO-2026-1172")))
    # an invoice quoting no number could be either order's: it waits in link review
    waiting = submit(settings, follow_up(po, "invoice", "INV-117X", days=9), order_number=None)
    ours = dataclasses.replace(po, number="PO-2026-1171")
    submit(settings, follow_up(ours, "delivery_note", "DN-117", days=2))
    invoice = follow_up(ours, "invoice", "INV-117", days=3)
    submit(settings, invoice)
    submit(settings, payment(po, "RA-117", [("INV-117", invoice.total_gross)], days=20))
    assert _status(settings, mine.id) == "paid"  # not closed while INV-117X may be its own

    with session_scope(settings.db_url) as s:
        service.link_manually(s, waiting, twin.id, settings.linking, actor="clara")
    assert _status(settings, mine.id) == "closed"
    assert _status(settings, twin.id) == "invoiced"


def test_delivered_article_not_on_the_order(settings: Settings) -> None:
    po = purchase_order(118, "fr", n_lines=1)
    order = order_of(settings, submit(settings, po))
    stranger = purchase_order(119, "fr", n_lines=1).lines[0]
    dn = submit(
        settings, follow_up(po, "delivery_note", "BL-118", days=2, lines=[*po.lines, stranger])
    )
    [d] = _open(settings)
    assert d.kind == "not_ordered" and d.document_id == dn and d.order_id == order.id
    assert stranger.sku in d.message and "matches no line" in d.message
    assert _status(settings, order.id) == "delivered"  # what was ordered did arrive


def test_same_number_from_another_customer_is_not_taken_on_trust(settings: Settings) -> None:
    ours = purchase_order(120, "en", n_lines=2)
    order = order_of(settings, submit(settings, dataclasses.replace(ours, number="PO-2026-0042")))
    # another customer numbers its orders the same way; its order is not in orderdesk
    theirs = dataclasses.replace(purchase_order(121, "en", n_lines=2), number="PO-2026-0042")
    assert theirs.customer.name != ours.customer.name
    inv = submit(settings, follow_up(theirs, "invoice", "INV-121", days=3))
    with session_scope(settings.db_url) as s:
        assert (
            s.execute(select(DocumentLink).where(DocumentLink.document_id == inv)).first() is None
        )
    task = _task(settings, inv)
    assert task is not None and task.queue == "link_review"
    assert ours.customer.name in (task.reason or "") and "other articles" in (task.reason or "")
    assert _status(settings, order.id) == "approved"

    # the same number from our customer under a trading name, with our articles: linked
    renamed = dataclasses.replace(
        ours,
        number="PO-2026-0042",
        issuer=dataclasses.replace(ours.issuer, name="Trading as Somebody Else"),
    )
    dn = submit(settings, follow_up(renamed, "delivery_note", "DN-120", days=2))
    with session_scope(settings.db_url) as s:
        link = s.execute(select(DocumentLink).where(DocumentLink.document_id == dn)).scalar_one()
        assert link.order_id == order.id and link.method == "order_number"


def test_moving_a_document_to_another_order_recomputes_both(settings: Settings) -> None:
    from models.audit import AuditEvent

    po = purchase_order(122, "fr", n_lines=1)
    first = order_of(settings, submit(settings, dataclasses.replace(po, number="BC-2026-1221")))
    second = order_of(settings, submit(settings, dataclasses.replace(po, number="BC-2026-1222")))
    quoted = dataclasses.replace(po, number="BC-2026-1221")
    dn = submit(settings, follow_up(quoted, "delivery_note", "BL-122", days=2))
    assert _status(settings, first.id) == "delivered"

    with session_scope(settings.db_url) as s:  # the clerk sees the wrong number was printed
        service.link_manually(s, dn, second.id, settings.linking, actor="clara")
    assert (_status(settings, first.id), _status(settings, second.id)) == ("approved", "delivered")
    with session_scope(settings.db_url) as s:
        moves = s.execute(
            select(AuditEvent.entity_id, AuditEvent.actor, AuditEvent.data)
            .where(AuditEvent.action == "status_changed")
            .order_by(AuditEvent.seq)
        ).all()
        assert [(int(e), a, d["from"], d["to"]) for e, a, d in moves] == [
            (first.id, "system:linking", "approved", "delivered"),
            (first.id, "clara", "delivered", "approved"),
            (second.id, "clara", "approved", "delivered"),
        ]
    with session_scope(settings.db_url) as s:  # a retried link job keeps the person's choice
        service.link_document(s, dn, settings.linking)
    assert _status(settings, second.id) == "delivered" and _status(settings, first.id) == "approved"

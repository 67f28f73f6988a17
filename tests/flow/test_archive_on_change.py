"""A document that moves on after it was archived (a link by hand, a payment, a correction)
gets its new manifest version from the change itself: the transaction that records the change
queues the archive job (``flow.table.AFTER_ARCHIVED_CHANGE``). No timer runs here."""

from __future__ import annotations

import dataclasses
import datetime as dt

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from archive.refresh import stale_documents
from flow.table import handler_set
from jobs.queue import claim, enqueue
from linking.lifecycle import record_status_change
from models.audit import document_event, events_of
from models.db import session_scope
from models.enums import JobStatus, OrderStatus, Role
from models.jobs import ARCHIVE_JOB, Job
from models.orders import Order
from models.settings import Settings
from tests.api.helpers import add_user
from tests.archive.support import make_archived
from tests.flow.support import manifests, run_workers
from tests.linking.story import follow_up, order_of, purchase_order, submit


def _archive_jobs(settings: Settings, document_id: int) -> list[str]:
    with session_scope(settings.db_url) as session:
        return list(
            session.execute(
                select(Job.status)
                .where(Job.kind == ARCHIVE_JOB, Job.document_id == document_id)
                .order_by(Job.id)
            ).scalars()
        )


def test_a_link_made_by_hand_after_archiving_is_archived_with_it(
    settings: Settings, session: Session
) -> None:
    token = add_user(session, "clara", Role.CLERK, token=True)
    po = purchase_order(301, "en", n_lines=2)
    order = order_of(settings, submit(settings, po))
    order_of(settings, submit(settings, dataclasses.replace(po, number="PO-2026-0302")))
    # an invoice without an order number that fits both twin orders: it waits in link review
    invoice = submit(settings, follow_up(po, "invoice", "F-301", days=3), order_number=None)
    run_workers(settings, 1)
    (first,) = manifests(settings, invoice)
    assert first["links"] == []

    with TestClient(create_app(settings), headers={"authorization": f"Bearer {token}"}) as api:
        r = api.post(f"/api/documents/{invoice}/link", json={"order_id": order.id})
        assert r.status_code == 200, r.text
    # committed with the link: the archive job that writes it down
    assert _archive_jobs(settings, invoice) == [JobStatus.DONE, JobStatus.QUEUED]

    run_workers(settings, 2)
    last = manifests(settings, invoice)[-1]
    assert [link["order_id"] for link in last["links"]] == [order.id]
    assert "linked" in {e["action"] for e in last["events"]}
    with session_scope(settings.db_url) as s:
        assert stale_documents(s) == []


def test_a_change_queues_the_archive_behind_one_running_and_a_read_queues_nothing(
    settings: Settings,
) -> None:
    doc = make_archived(settings)
    with session_scope(settings.db_url) as session:
        document_event(session, doc, actor="audrey", action="viewed")
    assert _archive_jobs(settings, doc) == []

    waits = handler_set().waits
    with session_scope(settings.db_url) as session:
        enqueue(session, ARCHIVE_JOB, document_id=doc)
    with session_scope(settings.db_url) as session:
        running = claim(session, "w1", lease=dt.timedelta(minutes=1), waits=waits)
        assert running is not None and running.kind == ARCHIVE_JOB
    # a payment allocated while that manifest is being written: it may not be in it
    with session_scope(settings.db_url) as session:
        document_event(session, doc, actor="system:linking", action="payment_allocated")
    assert _archive_jobs(settings, doc) == [JobStatus.RUNNING, JobStatus.QUEUED]
    with session_scope(settings.db_url) as session:  # one manifest written at a time
        assert claim(session, "w2", lease=dt.timedelta(minutes=1), waits=waits) is None
    # a change rolled back queues nothing
    with session_scope(settings.db_url) as session:
        document_event(session, doc, actor="clara", action="corrected")
        session.rollback()
    assert _archive_jobs(settings, doc) == [JobStatus.RUNNING, JobStatus.QUEUED]


def test_an_order_moving_on_leaves_its_purchase_orders_manifest_as_it_is(
    settings: Settings,
) -> None:
    """An order's own events (its status: delivered, invoiced, paid, cancelled) are not the
    purchase order's. A manifest vouches for the document (its parts, decision, links and the
    document's events); the order's history is archived in the audit chain, whose head the
    archive seals (``archive.seal``). So an order event queues no new manifest, and leaves no
    document stale that the periodic tick would re-queue for a manifest that never changes."""
    po = submit(settings, purchase_order(311, "en", n_lines=1))
    run_workers(settings, 1)
    assert len(manifests(settings, po)) == 1
    order_id = order_of(settings, po).id
    with session_scope(settings.db_url) as session:
        order = session.get(Order, order_id)
        assert order is not None
        why = {"reason": "the customer withdrew it"}
        record_status_change(session, order, OrderStatus.CANCELLED, actor="clara", data=why)
        order.status = OrderStatus.CANCELLED
    assert _archive_jobs(settings, po) == [JobStatus.DONE]
    with session_scope(settings.db_url) as session:
        assert stale_documents(session) == []
        assert [e.action for e in events_of(session, "order", order_id)][-1] == "status_changed"
    run_workers(settings, 1)
    assert len(manifests(settings, po)) == 1

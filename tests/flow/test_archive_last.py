"""Archiving comes last (``flow.table``): a decided document's archive job waits in the
queue until linking and outbound are done for it, so its first manifest already holds the
links and the confirmation, whatever order the jobs were queued in and however many workers
take them side by side. No timer is needed for that: nothing here runs the periodic refresh.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from flow import decisions
from models.db import session_scope
from models.enums import Role
from models.jobs import ARCHIVE_JOB, Job
from models.settings import Settings
from tests.flow.support import manifests, run_workers
from tests.linking.story import follow_up, purchase_order, store


def _approve(settings: Settings, document_id: int) -> None:
    """An approver's decision, through the flow (which queues what follows it)."""
    with session_scope(settings.db_url) as session:
        doc = decisions.review.get_document(session, document_id)
        decisions.approve(session, doc, actor="anna", role=Role.APPROVER, settings=settings)


def _archive_first(settings: Settings) -> None:
    """The worst order a queue could offer: every archive job older than all the rest."""
    with session_scope(settings.db_url) as session:
        oldest = session.execute(select(func.min(Job.run_after))).scalar_one()
        session.execute(
            update(Job)
            .where(Job.kind == ARCHIVE_JOB)
            .values(run_after=oldest - dt.timedelta(seconds=1))
        )


def _order_and_delivery(settings: Settings) -> tuple[int, int]:
    po = purchase_order(7, "en")
    po_id = store(settings, po.truth())
    _approve(settings, po_id)
    note = follow_up(po, "delivery_note", "DN-7001", days=3)
    note_id = store(settings, note.truth())
    _approve(settings, note_id)
    return po_id, note_id


def _assert_first_manifests_complete(settings: Settings, po_id: int, note_id: int) -> None:
    (order,) = manifests(settings, po_id)  # one manifest: nothing came after it
    assert "confirmation" in {p["kind"] for p in order["parts"]}
    assert "confirmation_archived" in {e["action"] for e in order["events"]}
    (note,) = manifests(settings, note_id)
    assert [link["order_id"] for link in note["links"]], note
    assert "linked" in {e["action"] for e in note["events"]}


def test_the_archive_waits_for_linking_and_outbound_even_when_queued_first(
    settings: Settings,
) -> None:
    po_id, note_id = _order_and_delivery(settings)
    _archive_first(settings)
    run_workers(settings, 1)
    _assert_first_manifests_complete(settings, po_id, note_id)


def test_several_workers_archive_once_with_links_and_confirmation(settings: Settings) -> None:
    po_id, note_id = _order_and_delivery(settings)
    _archive_first(settings)
    run_workers(settings, 3)
    _assert_first_manifests_complete(settings, po_id, note_id)

"""Two workers linking two delivery notes of one order at the same time on PostgreSQL: each
sees the other's links, so the order ends delivered, with no failed job."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import select

from approvals import review
from flow.table import follow_decision, handler_set
from jobs.worker import HandlerSet, Worker
from models.db import session_scope
from models.enums import Role
from models.jobs import Job
from models.orders import Order
from models.settings import Settings
from tests.linking.story import follow_up, order_of, part, purchase_order, store, submit


def test_two_workers_link_one_orders_delivery_notes_at_once(tmp_path: Path, pg_url: str) -> None:
    settings = Settings(data_dir=tmp_path, database_url=pg_url, _env_file=None)
    po = purchase_order(401, "fr", n_lines=2)
    order = order_of(settings, submit(settings, po))
    halves = [
        follow_up(
            po,
            "delivery_note",
            f"BL-40{i}",
            days=i,
            lines=[part(li, li.quantity / 2) for li in po.lines],
        )
        for i in (1, 2)
    ]
    ids = [store(settings, dn.truth()) for dn in halves]
    with session_scope(settings.db_url) as s:
        for doc_id in ids:  # both approved in one go: both link jobs wait in the queue
            review.approve(
                s,
                review.get_document(s, doc_id),
                actor="anna",
                role=Role.APPROVER,
                settings=settings,
            )
            follow_decision(s, doc_id, settings)

    handlers = HandlerSet(handlers={"link": handler_set().handlers["link"]})
    workers = [Worker(settings, handlers, worker_id=f"w{i}") for i in (1, 2)]
    start = threading.Barrier(2)

    def run(worker: Worker) -> None:
        start.wait()
        for _ in range(10):
            if not worker.run_once():
                break

    threads = [threading.Thread(target=run, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    with session_scope(settings.db_url) as s:
        jobs = s.execute(select(Job.status, Job.last_error).where(Job.kind == "link")).all()
        assert all(status == "done" and error is None for status, error in jobs), jobs
        stored = s.get(Order, order.id)
        assert stored is not None and stored.status == "delivered"

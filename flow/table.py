"""The flow of a document through orderdesk, in one table: read it top to bottom.

    ingest -> extraction -> approvals -> linking -> archive        (DESIGN.md, "The flow")

Every arrow is a durable job (``jobs.queue``) a worker claims and runs with the handler this
table names for its kind. ``STEPS`` is every job kind there is, in the order a document meets
them; ``AFTER_DECISION`` is what a decision on a document sets going (approval, rejection,
a confirmed duplicate, or a touchless approval right after extraction): the stages' handlers
each look at the decision and do nothing when it is not theirs (a rejected order sends no
confirmation, a paper order gets no Order-X answer). Archiving comes last: its job is queued
with the others but waits (``Step.after``, honoured by the queue's claim) until none of the
jobs before it in the table is queued or running for the document, so the first manifest
already covers the links, confirmation and messages they add, however many workers run
them side by side. When an archived document moves on after that (a later document links
to it, a payment, a correction, a lifecycle status), the change itself queues its archive
job again (``AFTER_ARCHIVED_CHANGE``), in the transaction that records it: the new manifest
version does not wait for a timer (``archive.periodic`` stays as a safety net). Decisions
themselves go through ``flow.decisions``, which queues these.

Nothing is discovered: a new job kind is a new row here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from archive import job as archive_job
from archive import verify_job
from archive.refresh import changed_archived
from archive.store import open_store
from flow import extract, split
from ingest.intake import EXTRACT_JOB, SPLIT_JOB
from ingest.quarantine_cases import quarantine_document
from jobs.queue import ClaimedJob, enqueue, enqueue_document
from jobs.worker import Apply, Handler, HandlerSet
from linking import job as linking_job
from models.audit import AuditEvent, on_change
from models.settings import Settings
from models.storage import OpenStore
from outbound import approved_orders, invoice_status_jobs, order_response_job
from outbound import invoice_statuses as statuses


class StoreHandler(Protocol):
    def __call__(
        self, job: ClaimedJob, settings: Settings, store: OpenStore, /
    ) -> Apply | None: ...


def with_store(handler: StoreHandler) -> Handler:
    """A handler that writes to or reads the archive gets the store from here, opened when it
    asks (``archive.store.open_store``), so its stage imports no archive code."""

    def run(job: ClaimedJob, settings: Settings) -> Apply | None:
        return handler(job, settings, lambda: open_store(settings))

    return run


@dataclass(frozen=True)
class Step:
    kind: str  # the job kind in the queue
    handler: Handler
    does: str  # what it is for, for whoever reads the flow
    # kinds of the same document this one waits for: it is claimed once none is queued or
    # running (done, or given up for good)
    after: tuple[str, ...] = ()


# what a decision sets going before the archive, and the jobs those queue in turn (the
# confirmation its mail, a lifecycle status its webhook): the archive job waits for them all
BEFORE_ARCHIVE: tuple[str, ...] = (
    linking_job.LINK_JOB,
    statuses.LIFECYCLE_JOB,
    statuses.WEBHOOK_JOB,
    order_response_job.ORDER_RESPONSE_JOB,
    approved_orders.CONFIRMATION_JOB,
    approved_orders.CONFIRMATION_MAIL_JOB,
    approved_orders.WEBHOOK_JOB,
    approved_orders.EXPORT_JOB,
)


STEPS: tuple[Step, ...] = (
    # ingest: files, mails and uploads are stored (original first) by ``ingest.intake``, which
    # queues one of the two kinds below for each document
    Step(SPLIT_JOB, split.handle_split, "cut a scanned batch into documents, each extracted"),
    # extraction -> approvals
    Step(
        EXTRACT_JOB,
        extract.handle_extract,
        "read the original (text layer or OCR), store fields and lines with provenance, run "
        "the rules and route to a review queue, or decide touchlessly (-> AFTER_DECISION)",
    ),
    # after a decision (see AFTER_DECISION): linking and lifecycle statuses
    Step(linking_job.LINK_JOB, linking_job.handle_link, "link to orders, move their status"),
    Step(
        statuses.LIFECYCLE_JOB,
        with_store(invoice_status_jobs.handle_lifecycle),
        "an e-invoice's French lifecycle status (CDAR): built, checked, archived, outbox",
    ),
    Step(
        statuses.WEBHOOK_JOB,
        with_store(invoice_status_jobs.handle_webhook),
        "deliver lifecycle statuses to the signed webhook (queued by the status itself)",
    ),
    # outbound: what leaves for the customer and the ERP
    Step(
        order_response_job.ORDER_RESPONSE_JOB,
        with_store(order_response_job.handle_order_response),
        "answer an approved e-order in its own syntax (Order-X / UBL OrderResponse)",
    ),
    Step(
        approved_orders.CONFIRMATION_JOB,
        with_store(approved_orders.handle_confirmation),
        "an approved order's confirmation PDF, archived",
    ),
    Step(
        approved_orders.CONFIRMATION_MAIL_JOB,
        with_store(approved_orders.handle_confirmation_mail),
        "mail the confirmation (queued by the confirmation when SMTP is set)",
    ),
    Step(approved_orders.WEBHOOK_JOB, approved_orders.handle_webhook, "the signed order webhook"),
    Step(approved_orders.EXPORT_JOB, approved_orders.handle_export, "JSON/CSV in the export dir"),
    # archive: last, once everything above is done for the document (and one archive job
    # of a document at a time: a change's refresh waits for the manifest being written)
    Step(
        archive_job.ARCHIVE_JOB,
        archive_job.handle_archive,
        "write-once parts and a manifest version for a decided document",
        after=(*BEFORE_ARCHIVE, archive_job.ARCHIVE_JOB),
    ),
    # not a document's step: an auditor's verify of the whole archive, asked from the web
    Step(verify_job.VERIFY_JOB, verify_job.handle_verify, "re-hash the archive, check the chain"),
)

AFTER_DECISION: tuple[str, ...] = (
    linking_job.LINK_JOB,
    statuses.LIFECYCLE_JOB,
    order_response_job.ORDER_RESPONSE_JOB,
    approved_orders.CONFIRMATION_JOB,
    approved_orders.WEBHOOK_JOB,
    approved_orders.EXPORT_JOB,
    archive_job.ARCHIVE_JOB,
)


def follow_decision(session: Session, document_id: int, settings: Settings) -> None:
    """Queue what follows a decision, in the transaction that records it (the archive job
    with the rest: it waits for them in the queue, so it cannot be forgotten)."""
    for kind in AFTER_DECISION:
        enqueue_document(session, kind, document_id, settings)


# what a change recorded on an archived document (an event in its history other than a
# read) sets going, in the change's own transaction: a new manifest version
AFTER_ARCHIVED_CHANGE: tuple[str, ...] = (archive_job.ARCHIVE_JOB,)


def follow_change(session: Session, events: list[AuditEvent]) -> None:
    """Queue ``AFTER_ARCHIVED_CHANGE`` for each archived document a transaction's events
    change (``models.audit`` hands them over just before they are chained): behind an archive
    job already running, which may have read the document before this change."""
    for document_id in changed_archived(session, events):
        for kind in AFTER_ARCHIVED_CHANGE:
            enqueue(session, kind, document_id=document_id, behind_running=True)


def watch_changes() -> None:
    """Have every transaction that records a change follow it (``follow_change``): called
    once by each process that serves or works, as it starts (``flow.processes.start_process``)."""
    on_change(follow_change)


def on_give_up(session: Session, job: ClaimedJob, error: str) -> None:
    """A document whose extraction failed for good is quarantined with the last error (other
    jobs stay in the dead-letter state, where the operator sees them)."""
    if job.document_id is not None and job.kind == EXTRACT_JOB:
        quarantine_document(
            session,
            job.document_id,
            f"processing failed after {job.attempts} attempts: {error}",
            "processing_failed",
        )


def handler_set() -> HandlerSet:
    """What a worker runs (the worker names the job's document on every line it logs)."""
    return HandlerSet(
        handlers={step.kind: step.handler for step in STEPS},
        on_give_up=on_give_up,
        waits={step.kind: step.after for step in STEPS if step.after},
    )

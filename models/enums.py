"""Status vocabularies, stored as plain strings so adding a value needs no enum migration."""

from enum import StrEnum


class DocStatus(StrEnum):
    RECEIVED = "received"
    PROCESSING = "processing"
    EXTRACTED = "extracted"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    QUARANTINED = "quarantined"
    ARCHIVED = "archived"
    DUPLICATE = "duplicate"
    SPLIT = "split"  # a batch scan cut into its documents (children have parent_id)


# a document a decision let through: what linking and outbound may count on
DECIDED_OK = (DocStatus.APPROVED, DocStatus.ARCHIVED)


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"  # gave up after max attempts; the document says why


class TaskStatus(StrEnum):
    OPEN = "open"
    CLAIMED = "claimed"
    DONE = "done"


class OrderStatus(StrEnum):
    RECEIVED = "received"
    APPROVED = "approved"
    CONFIRMED = "confirmed"
    PARTIALLY_DELIVERED = "partially_delivered"
    DELIVERED = "delivered"
    INVOICED = "invoiced"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Role(StrEnum):
    CLERK = "clerk"
    APPROVER = "approver"
    AUDITOR = "auditor"
    ADMIN = "admin"


class CheckOutcome(StrEnum):
    PASS = "pass"  # noqa: S105 - a rule outcome, not a password
    WARN = "warn"
    FAIL = "fail"


# the document types extraction's contract names (``other``: none of the business ones)
DOC_TYPES = (
    "purchase_order", "order_confirmation", "delivery_note", "invoice", "credit_note",
    "payment_advice", "other",
)  # fmt: skip

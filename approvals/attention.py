"""Which values a clerk must look at on the review screen: those a rule flagged, those the
machine read with too little confidence, and a purchase order's mandatory fields it did not
find. Values a person or the master data gave are trusted as they stand."""

from __future__ import annotations

from collections.abc import Iterable

from models.documents import Check, DocumentLine, ExtractedField
from models.enums import CheckOutcome
from models.settings.approvals import ApprovalSettings

TRUSTED_FIELD_SOURCES = ("human", "masterdata")


def flagged(checks: Iterable[Check]) -> set[str]:
    """The fields (``line:N`` for a line) a rule did not pass."""
    return {c.field for c in checks if c.outcome != CheckOutcome.PASS and c.field}


def field_needs_attention(
    name: str,
    field: ExtractedField | None,
    *,
    flagged: set[str],
    doc_type: str | None,
    cfg: ApprovalSettings,
) -> bool:
    """A header value the clerk must look at (``field`` is None when nothing was read)."""
    if name in flagged:
        return True
    if field is None:
        return name in cfg.mandatory_fields and doc_type == "purchase_order"
    return (
        field.source not in TRUSTED_FIELD_SOURCES and field.confidence < cfg.auto_accept_confidence
    )


def line_needs_attention(line: DocumentLine, *, flagged: set[str], cfg: ApprovalSettings) -> bool:
    """A line the clerk must look at: flagged, or read by the machine with low confidence."""
    return f"line:{line.position}" in flagged or (
        line.source != "human" and line.confidence < cfg.auto_accept_confidence
    )

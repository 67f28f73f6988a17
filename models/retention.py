"""How long each archived document is locked: N years after the end of the document's year
(French commercial code L123-22: ten years for accounting documents), N per doc type."""

from __future__ import annotations

import datetime as dt

from models.settings.archive import ArchiveSettings


def retain_until(
    settings: ArchiveSettings,
    doc_type: str | None,
    document_date: dt.date | None,
    received_at: dt.datetime,
) -> dt.datetime:
    """The first instant after the retention period (UTC midnight, 1 January)."""
    years = settings.retention_years.get(doc_type or "", settings.default_retention_years)
    year = document_date.year if document_date else received_at.astimezone(dt.UTC).year
    return dt.datetime(year + 1 + years, 1, 1, tzinfo=dt.UTC)

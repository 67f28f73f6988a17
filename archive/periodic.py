"""The archive's periodic tick while ``run`` is up (every ``seal_minutes``): re-queue the
archive job for documents still stale after their manifest (a later link or payment, a
correction queue it themselves, ``flow.table.follow_change``: this is the net for what that
missed; a decision's own links and confirmation are already in the first), then seal the
audit chain's head into the archive. Once more on shutdown, the seal. A failure is logged
and tried again next time; it never stops the server."""

from __future__ import annotations

import logging

from jobs.ticker import Ticker
from models.settings import Settings

log = logging.getLogger("orderdesk.archive")


def seal_now(settings: Settings) -> None:
    from archive.seal import seal_head
    from archive.store import open_store
    from models.db import session_scope

    try:
        with session_scope(settings.db_url) as session:
            sealed = seal_head(session, open_store(settings), settings.archive)
        if sealed:
            log.info("sealed the audit chain at event %d (%s)", sealed.seq, sealed.key)
    except Exception:  # a seal is retried at the next tick; log it loudly
        log.exception("could not seal the audit chain head; will retry")


def refresh_now(settings: Settings, since_seq: int = 0) -> tuple[int, int]:
    """Queue the archive job for every stale document; returns how many, and the watermark
    to pass next time (manifests archived up to it have been checked)."""
    from archive.job import ARCHIVE_JOB
    from archive.refresh import head_seq, stale_documents
    from jobs.queue import enqueue_document
    from models.db import session_scope

    try:
        with session_scope(settings.db_url) as session:
            watermark = head_seq(session)
            ids = stale_documents(session, since_seq=since_seq)
            for doc_id in ids:
                enqueue_document(session, ARCHIVE_JOB, doc_id, settings)
    except Exception:  # retried at the next tick
        log.exception("could not queue new manifest versions; will retry")
        return 0, since_seq
    if ids:
        log.info("queued new manifest versions for %d document(s)", len(ids))
    return len(ids), watermark


class PeriodicSealer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.watermark = 0  # manifests archived up to this event have been checked
        self.ticker = Ticker("audit-sealer", settings.archive.seal_minutes * 60, self._tick)

    def start(self) -> PeriodicSealer:
        self.ticker.start()
        return self

    def _tick(self) -> None:
        _queued, self.watermark = refresh_now(self.settings, self.watermark)
        seal_now(self.settings)

    def close(self) -> None:
        """Stop the timer and seal the final head."""
        self.ticker.close()
        seal_now(self.settings)

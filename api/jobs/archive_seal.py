"""Sealing the audit chain's head into the archive: every ``seal_minutes`` while ``run`` is
up, and once more on shutdown. A failed seal is logged and tried again next time; it never
stops the server."""

from __future__ import annotations

import logging
import threading

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


class PeriodicSealer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="audit-sealer", daemon=True)

    def start(self) -> PeriodicSealer:
        self.thread.start()
        return self

    def _loop(self) -> None:
        while not self.stop.wait(self.settings.archive.seal_minutes * 60):
            seal_now(self.settings)

    def close(self) -> None:
        """Stop the timer and seal the final head."""
        self.stop.set()
        self.thread.join(10)
        seal_now(self.settings)

"""The count of what awaits an approver, for the header on every page they open.

Judging it reads every open task, so the count is kept per user and role, for the state it
was judged on: the audit chain's head. Every decision, correction, claim, routing and hold
appends to the chain, so any of them (in any process) makes the next page judge afresh; what
moves without an event (a claim's lease running out) is caught by a short lifetime. The
count is only a pointer: the approve button judges again, always."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals.approver_queue import awaiting
from models.audit import AuditHead
from models.settings.approvals import ApprovalSettings

COUNT_SECONDS = 20.0  # the longest an unaudited change (a claim expiring) goes unseen
MAX_KEPT = 1000

Key = tuple[str, str]


def _now() -> float:
    return time.monotonic()


def audit_head(session: Session) -> int:
    """The audit chain's last sequence number (0 before the first event)."""
    return int(session.execute(select(AuditHead.seq).where(AuditHead.id == 1)).scalar() or 0)


@dataclass
class CountCache:
    """One app's counts: (user, role) -> (audit head it was judged at, when, count)."""

    entries: dict[Key, tuple[int, float, int]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    judged: int = 0  # how often the queue was judged, for whoever checks the cache works

    def get(self, key: Key, head: int, now: float) -> int | None:
        with self.lock:
            hit = self.entries.get(key)
        if hit is None or hit[0] != head or now - hit[1] > COUNT_SECONDS:
            return None
        return hit[2]

    def put(self, key: Key, head: int, now: float, count: int) -> None:
        with self.lock:
            if len(self.entries) >= MAX_KEPT:
                self.entries.clear()
            self.entries[key] = (head, now, count)

    def count(self, session: Session, name: str, role: str, cfg: ApprovalSettings) -> int:
        """How many documents wait for ``name``'s approval, judged again only when the audit
        chain moved or the count is older than ``COUNT_SECONDS``."""
        key, head, now = (name, role), audit_head(session), _now()
        count = self.get(key, head, now)
        if count is None:
            count = len(awaiting(session, name, role, cfg))
            self.judged += 1
            self.put(key, head, now, count)
        return count

    def remember(self, name: str, role: str, head: int, count: int) -> None:
        """Keep a count judged elsewhere (the queue page's own list), as of ``head``."""
        self.put((name, role), head, _now(), count)
